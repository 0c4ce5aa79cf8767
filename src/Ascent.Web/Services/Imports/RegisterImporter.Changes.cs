using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Imports;

public sealed partial class RegisterImporter
{
    // New settings are the bulk of a first import: written with BulkInserter, not row by row through EF Core.
    // The import run's own audit entry records them; updates below go through EF Core and are audited one by one.
    private async Task AddSettingsAsync(List<NewSetting> added, ImportRun run, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
            return;
        var settings = new List<Setting>(added.Count);
        foreach (var (tenant, r, _, _) in added)
            settings.Add(Apply(new Setting(tenant.Id, r.Reference, r.Name ?? "Name not published", r.ProviderType, r.RegisteredOn), r));
        var bulk = new BulkInserter(db);
        await bulk.AssignIdsAsync(settings, cancellationToken);

        var inspections = new List<Inspection>();
        var sources = new List<RegisterInspection>();
        for (var i = 0; i < settings.Count; i++)
        {
            foreach (var source in added[i].Record.Inspections)
            {
                var inspection = new Inspection(settings[i], source.Number, source.Date, source.InspectionType, source.FrameworkCode, source.OverallGrade);
                settings[i].Inspections.Add(inspection);
                inspections.Add(inspection);
                sources.Add(source);
            }
        }

        await bulk.AssignIdsAsync(inspections, cancellationToken);
        var grades = new List<InspectionGrade>();
        for (var i = 0; i < inspections.Count; i++)
        {
            foreach (var (area, grade) in sources[i].Grades)
            {
                var inspectionGrade = new InspectionGrade(inspections[i], area, grade);
                inspections[i].Grades.Add(inspectionGrade);
                grades.Add(inspectionGrade);
            }
        }

        // After the grades: the renewed framework's standing comes from its area grades.
        foreach (var setting in settings)
            setting.RefreshLatestInspection(frameworks);

        await bulk.AssignIdsAsync(grades, cancellationToken);
        await bulk.InsertAsync(settings, cancellationToken);
        await bulk.InsertAsync(inspections, cancellationToken);
        await bulk.InsertAsync(grades, cancellationToken);
        _changes.Added(settings);
        run.Added += settings.Count;

        for (var i = 0; i < settings.Count; i++)
        {
            if (added[i].Events is not { } events)
                continue; // a baseline
            var setting = settings[i];
            var payload = new { setting.Reference, setting.Name, setting.ProviderType, setting.RegisteredOn, setting.LatestFrameworkCode, setting.LatestOverallGrade, added[i].RegisterAsAt };
            events.Add(setting.RegisteredOn is { } on && added[i].RegisterAsAt is { } asAt && on <= asAt
                ? Event(setting, ChangeEventTypes.FirstSeen, $"{setting.Name} ({setting.Reference}), registered on {on:d MMMM yyyy}, is in Ascent's register for the first time", payload, run)
                : Event(setting, ChangeEventTypes.NewRegistration, $"{setting.Name} ({setting.Reference}) joined the register", payload, run));
        }
    }

    private async Task UpdateSettingsAsync(List<(Existing Existing, RegisterRecord Record)> changed, ImportRun run, Dictionary<int, List<ChangeEvent>> events, CancellationToken cancellationToken)
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
                MergeInspections(setting, record, run, events[setting.TenantId]);
                setting.RefreshLatestInspection(frameworks);
                run.Updated++;
            }

            await SaveKeepingPeoplesEditsAsync(cancellationToken);
            ForgetAllBut(run);
        }
    }

    // Someone may change a setting's groupings (and so its Version, the concurrency token) while an import runs. The
    // import never writes what people edit, and EF Core updates changed columns only, so on a conflict it takes the
    // current version and saves again instead of failing a whole import over one edit. SaveChanges inside the
    // import's transaction rolls back to its savepoint on the conflict, so the retry starts clean.
    private async Task SaveKeepingPeoplesEditsAsync(CancellationToken cancellationToken)
    {
        var pending = ImportChangeRecorder.Capture(db.ChangeTracker);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                _changes.Complete(pending);
                return;
            }
            catch (DbUpdateConcurrencyException conflict) when (attempt < 5)
            {
                foreach (var entry in conflict.Entries)
                {
                    var current = await entry.GetDatabaseValuesAsync(cancellationToken)
                        ?? throw new InvalidOperationException("A setting was deleted during the import.", conflict);
                    entry.Property(nameof(Setting.Version)).OriginalValue = current[nameof(Setting.Version)];
                }
            }
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
        // Inspections recorded by hand (Pages/Settings/Judgements) may share a number; the latest with it is matched.
        var known = setting.Inspections.GroupBy(Key).ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).First());
        foreach (var source in record.Inspections.OrderBy(i => i.Date))
        {
            if (!known.TryGetValue(source.Key, out var inspection))
            {
                inspection = new Inspection(setting, source.Number, source.Date, source.InspectionType, source.FrameworkCode, source.OverallGrade);
                foreach (var (area, grade) in source.Grades)
                    inspection.SetGrade(area, grade);
                setting.Inspections.Add(inspection);
                events.Add(Event(setting, ChangeEventTypes.NewJudgement, $"{setting.Name} ({setting.Reference}) was inspected on {source.Date:d MMMM yyyy}",
                    new JudgementPayload(source.FrameworkCode, source.Number, source.Date, source.InspectionType, source.OverallGrade, source.Grades), run));
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

    private async Task MarkLeaversAsync(List<int> leaverIds, ImportRun run, Dictionary<int, List<ChangeEvent>> events, CancellationToken cancellationToken)
    {
        var today = time.Today();
        foreach (var chunk in leaverIds.Chunk(500))
        {
            var settings = await db.Settings.Where(s => chunk.Contains(s.Id)).ToListAsync(cancellationToken);
            foreach (var setting in settings)
            {
                setting.LeaveRegister(today);
                setting.SourceHash = null;
                events[setting.TenantId].Add(Event(setting, ChangeEventTypes.LeftRegister, $"{setting.Name} ({setting.Reference}) is no longer on the register", new { setting.Reference, LeftOn = today }, run));
                run.LeftRegister++;
            }

            await SaveKeepingPeoplesEditsAsync(cancellationToken);
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
