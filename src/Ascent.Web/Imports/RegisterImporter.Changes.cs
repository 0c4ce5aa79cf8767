using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Imports;

public sealed partial class RegisterImporter
{
    // New settings are the bulk of a first import: written with BulkInserter, not row by row through EF Core.
    // The import run's own audit entry records them; updates below go through EF Core and are audited one by one.
    private async Task AddSettingsAsync(Tenant tenant, List<RegisterRecord> records, bool baseline, ImportRun run, List<ChangeEvent> events, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
            return;
        var settings = records.Select(r => Apply(new Setting(tenant.Id, r.Reference, r.Name ?? "Name not published", r.ProviderType, r.RegisteredOn), r)).ToList();
        var bulk = new BulkInserter(db);
        await bulk.AssignIdsAsync(settings, cancellationToken);

        var inspections = new List<Inspection>();
        for (var i = 0; i < settings.Count; i++)
        {
            foreach (var source in records[i].Inspections)
            {
                var inspection = new Inspection(settings[i], source.Number, source.Date, source.InspectionType, source.FrameworkCode, source.OverallGrade);
                settings[i].Inspections.Add(inspection);
                inspections.Add(inspection);
            }

            settings[i].RefreshLatestInspection();
        }

        await bulk.AssignIdsAsync(inspections, cancellationToken);
        var grades = new List<InspectionGrade>();
        var sources = records.SelectMany(r => r.Inspections).ToList();
        for (var i = 0; i < inspections.Count; i++)
        {
            foreach (var (area, grade) in sources[i].Grades)
                grades.Add(new InspectionGrade(inspections[i], area, grade));
        }

        await bulk.AssignIdsAsync(grades, cancellationToken);
        await bulk.InsertAsync(settings, cancellationToken);
        await bulk.InsertAsync(inspections, cancellationToken);
        await bulk.InsertAsync(grades, cancellationToken);
        run.Added += settings.Count;

        if (baseline)
            return;
        foreach (var setting in settings)
        {
            events.Add(Event(setting, ChangeEventTypes.NewRegistration, $"{setting.Name} ({setting.Reference}) joined the register",
                new { setting.Reference, setting.Name, setting.ProviderType, setting.RegisteredOn, setting.LatestFrameworkCode, setting.LatestOverallGrade }, run));
        }
    }

    private async Task UpdateSettingsAsync(List<(Existing Existing, RegisterRecord Record)> changed, ImportRun run, List<ChangeEvent> events, CancellationToken cancellationToken)
    {
        foreach (var chunk in changed.Chunk(500))
        {
            var ids = chunk.Select(c => c.Existing.Id).ToList();
            var settings = await db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades)
                .Where(s => ids.Contains(s.Id)).AsSplitQuery().ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var (existing, record) in chunk)
            {
                var setting = settings[existing.Id];
                if (setting.LeftRegisterOn is not null)
                    setting.Rejoin();
                Apply(setting, record);
                if (setting.Name != (record.Name ?? setting.Name))
                    setting.Rename(record.Name!);
                MergeInspections(setting, record, run, events);
                setting.RefreshLatestInspection();
                run.Updated++;
            }

            await db.SaveChangesAsync(cancellationToken);
            ForgetAllBut(run);
        }
    }

    // Keeps the tracker small between chunks, but never lets go of the run, whose counts are saved at the end.
    private void ForgetAllBut(ImportRun run)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity != run).ToList())
            entry.State = EntityState.Detached;
    }

    private void MergeInspections(Setting setting, RegisterRecord record, ImportRun run, List<ChangeEvent> events)
    {
        var known = setting.Inspections.ToDictionary(Key);
        foreach (var source in record.Inspections.OrderBy(i => i.Date))
        {
            if (!known.TryGetValue(source.Key, out var inspection))
            {
                inspection = new Inspection(setting, source.Number, source.Date, source.InspectionType, source.FrameworkCode, source.OverallGrade);
                foreach (var (area, grade) in source.Grades)
                    inspection.SetGrade(area, grade);
                setting.Inspections.Add(inspection);
                events.Add(Event(setting, ChangeEventTypes.NewJudgement, $"{setting.Name} ({setting.Reference}) was inspected on {source.Date:d MMMM yyyy}",
                    new { source.FrameworkCode, source.Number, source.Date, source.InspectionType, source.OverallGrade, source.Grades }, run));
                if (source.FrameworkCode == "ofsted-compliance" && source.OverallGrade == "not-met-enforcement")
                    AddEnforcement(setting, source, run, events);
                continue;
            }

            var before = Grades(inspection);
            inspection.ChangeOverall(source.OverallGrade);
            foreach (var (area, grade) in source.Grades)
                inspection.SetGrade(area, grade);
            var after = Grades(inspection);
            if (!before.SequenceEqual(after))
            {
                events.Add(Event(setting, ChangeEventTypes.JudgementChanged, $"The {source.Date:d MMMM yyyy} judgement of {setting.Name} ({setting.Reference}) changed",
                    new { source.FrameworkCode, source.Number, source.Date, Before = before, After = after }, run));
            }
        }
    }

    private void AddEnforcement(Setting setting, RegisterInspection source, ImportRun run, List<ChangeEvent> events)
    {
        var enforcement = new EnforcementEvent(setting, EnforcementKind.ComplianceNotMet, source.Date, $"{run.Source} import", $"{source.InspectionType}: not met (enforcement)");
        setting.EnforcementEvents.Add(enforcement);
        events.Add(Event(setting, ChangeEventTypes.Enforcement, $"{setting.Name} ({setting.Reference}): requirements not met (enforcement) on {source.Date:d MMMM yyyy}",
            new { enforcement.Kind, source.Date, source.Number }, run));
    }

    private async Task MarkLeaversAsync(List<int> leaverIds, ImportRun run, List<ChangeEvent> events, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        foreach (var chunk in leaverIds.Chunk(500))
        {
            var settings = await db.Settings.Where(s => chunk.Contains(s.Id)).ToListAsync(cancellationToken);
            foreach (var setting in settings)
            {
                setting.LeaveRegister(today);
                setting.SourceHash = null;
                events.Add(Event(setting, ChangeEventTypes.LeftRegister, $"{setting.Name} ({setting.Reference}) is no longer on the register", new { setting.Reference, LeftOn = today }, run));
                run.LeftRegister++;
            }

            await db.SaveChangesAsync(cancellationToken);
            ForgetAllBut(run);
        }
    }

    private static Setting Apply(Setting setting, RegisterRecord r)
    {
        setting.Regulator = r.Regulator;
        setting.ProviderSubtype = r.ProviderSubtype;
        setting.RegisterCombination = r.RegisterCombination;
        setting.EarlyYearsRegister = r.EarlyYearsRegister;
        setting.CompulsoryChildcareRegister = r.CompulsoryChildcareRegister;
        setting.VoluntaryChildcareRegister = r.VoluntaryChildcareRegister;
        setting.RegisteredPersonReference = r.RegisteredPersonReference;
        setting.RegisteredPersonName = r.RegisteredPersonName;
        setting.AddressLine1 = r.AddressLine1;
        setting.AddressLine2 = r.AddressLine2;
        setting.AddressLine3 = r.AddressLine3;
        setting.Town = r.Town;
        setting.Postcode = r.Postcode;
        setting.Telephone = r.Telephone;
        setting.ParliamentaryConstituency = r.ParliamentaryConstituency;
        setting.LocalAuthorityName = r.LocalAuthority;
        setting.Region = r.Region;
        setting.OfstedRegion = r.OfstedRegion;
        setting.DeprivationBand = r.DeprivationBand;
        setting.Sector = r.Sector ?? setting.Sector;
        setting.Places = r.Places;
        setting.PlacesIncludingEstimates = r.PlacesIncludingEstimates;
        setting.SourceHash = r.Hash();
        setting.ChangeStatus(r.ProviderStatus?.ToUpperInvariant() switch
        {
            "RESIGNED" => SettingStatus.Resigned,
            "CANCELLED" => SettingStatus.Cancelled,
            "SUSPENDED" => SettingStatus.Suspended,
            _ => SettingStatus.Active,
        });
        return setting;
    }

    private static string Key(Inspection i) =>
        i.Number is { Length: > 0 } ? "#" + i.Number : $"{i.FrameworkCode}@{i.Date:yyyy-MM-dd}";

    private static List<string> Grades(Inspection i) =>
        [$"overall={i.OverallGrade}", .. i.Grades.OrderBy(g => g.AreaCode, StringComparer.Ordinal).Select(g => $"{g.AreaCode}={g.GradeCode}")];
}
