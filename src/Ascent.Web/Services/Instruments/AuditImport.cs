using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// What a past-audits file holds or did: its problems (then nothing is saved), and otherwise the audits per
/// setting, the rooms to be made and the items left unscored.
public sealed record AuditImportResult(
    IReadOnlyList<TransferProblem> Problems,
    IReadOnlyList<(string Setting, int Audits)> PerSetting,
    IReadOnlyList<string> NewRooms,
    int Unscored,
    bool Saved)
{
    public int Audits => PerSetting.Sum(s => s.Audits);
}

/// Brings past audits in from a CSV (AuditImportFile): each group of lines with the same URN, date, room,
/// instrument and observer becomes a finished, imported audit with one observer's sheet. All or nothing: every bad
/// line is listed with its reason. With a tenant named (an LA's staff, `--la`), a setting of another LA is refused.
public sealed class AuditImport(AppDbContext db, InstrumentDefinitions definitions, LicensedTexts licensedTexts, CurrentUser currentUser, TimeProvider time)
{
    private sealed record Row(PastAuditLine Line, Setting Setting, DateOnly Date, string Room, InstrumentDefinition Instrument, string Observer, InstrumentItem Item, PastAnswer Answer);

    private sealed record Group(Setting Setting, DateOnly Date, string Room, InstrumentDefinition Instrument, string Observer, List<Row> Rows);

    /// Checks the file and says what importing it would do, writing nothing.
    public Task<AuditImportResult> CheckAsync(Stream file, int? tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(file, tenantId, save: false, cancellationToken);

    public Task<AuditImportResult> ImportAsync(Stream file, int? tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(file, tenantId, save: true, cancellationToken);

    private async Task<AuditImportResult> RunAsync(Stream file, int? tenantId, bool save, CancellationToken cancellationToken)
    {
        var (lines, problems) = AuditImportFile.Read(file);
        var found = new List<TransferProblem>(problems);
        var rows = await RowsAsync(lines, tenantId, found, cancellationToken);
        var groups = rows.GroupBy(r => (r.Setting.Id, r.Date, Room: r.Room.ToUpperInvariant(), r.Instrument.Code, Observer: r.Observer.ToUpperInvariant()))
            .Select(g => new Group(g.First().Setting, g.Key.Date, g.First().Room, g.First().Instrument, g.First().Observer, [.. g]))
            .ToList();
        var scored = groups.Select(g => (Group: g, Scores: Score(g, found))).ToList();
        var settingIds = groups.Select(g => g.Setting.Id).Distinct().ToList();
        var rooms = await db.Rooms.Where(r => settingIds.Contains(r.SettingId)).ToListAsync(cancellationToken);
        await CheckNotAlreadyInAsync(groups, settingIds, rooms, found, cancellationToken);

        var newRooms = groups.Where(g => g.Room.Length > 0)
            .Select(g => (g.Setting, g.Room)).DistinctBy(r => (r.Setting.Id, r.Room.ToUpperInvariant()))
            .Where(r => !rooms.Any(x => x.SettingId == r.Setting.Id && string.Equals(x.Name, r.Room, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var perSetting = groups.GroupBy(g => g.Setting).OrderBy(g => g.Key.Name, StringComparer.CurrentCulture)
            .Select(g => ($"{g.Key.Name} ({g.Key.Reference})", g.Count())).ToList();
        var unscored = scored.Sum(s => s.Group.Instrument.Items.Count(i => s.Scores.GetValueOrDefault(i.Number) is null or PastAnswer.Unscored));
        var roomNames = newRooms.Select(r => $"{r.Room} at {r.Setting.Name}").ToList();
        if (found.Count > 0 || !save)
            return new([.. found.OrderBy(p => p.LineNumber)], perSetting, roomNames, unscored, Saved: false);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (setting, name) in newRooms)
        {
            var room = new Room(setting, name, "");
            db.Rooms.Add(room);
            rooms.Add(room);
        }

        await db.SaveChangesAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (group, answers) in scored)
        {
            var room = group.Room.Length == 0 ? null
                : rooms.First(r => r.SettingId == group.Setting.Id && string.Equals(r.Name, group.Room, StringComparison.OrdinalIgnoreCase));
            db.Audits.Add(Build(group, room, answers, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new([], perSetting, roomNames, unscored, Saved: true);
    }

    private async Task<List<Row>> RowsAsync(IReadOnlyList<PastAuditLine> lines, int? tenantId, List<TransferProblem> found, CancellationToken cancellationToken)
    {
        var urns = lines.Select(l => l.Urn).Distinct().ToList();
        var settings = await db.Settings.Where(s => urns.Contains(s.Reference)).ToListAsync(cancellationToken);
        var instruments = await definitions.CurrentAsync(cancellationToken);
        var withTexts = new Dictionary<(string, int), InstrumentDefinition>();
        var today = time.Today();
        var rows = new List<Row>();
        foreach (var line in lines)
        {
            var matches = settings.Where(s => string.Equals(s.Reference, line.Urn, StringComparison.OrdinalIgnoreCase)).ToList();
            var setting = matches.FirstOrDefault(s => s.TenantId == tenantId) ?? matches.FirstOrDefault();
            var instrument = instruments.FirstOrDefault(i => string.Equals(i.Code, line.Instrument, StringComparison.OrdinalIgnoreCase)
                || string.Equals(i.Name, line.Instrument, StringComparison.OrdinalIgnoreCase));
            var date = AuditImportFile.ParseDate(line.Date);
            var reason = line.Urn.Length == 0 ? "The URN is empty"
                : setting is null ? $"There is no setting with URN {LicensedTextsFile.Shorten(line.Urn)} in Ascent"
                : tenantId is not null && setting.TenantId != tenantId ? $"URN {line.Urn} is a setting of another local authority"
                : tenantId is null && matches.Count > 1 ? $"URN {line.Urn} is in more than one local authority: import the file for one of them (--la)"
                : date is null ? $"\"{LicensedTextsFile.Shorten(line.Date)}\" is not a date: write it as 2026-03-31 or 31/03/2026"
                : date > today ? $"The date {date:d MMMM yyyy} is in the future: only audits already done can be imported"
                : instrument is null ? $"There is no instrument called \"{LicensedTextsFile.Shorten(line.Instrument)}\": use its name as Ascent shows it, or its code"
                : instrument.Scoring is not (ScoringRule.EnvironmentRating or ScoringRule.Checklist)
                    ? $"{instrument.Name} results are not audits: only rating scales and checklists can be imported here"
                : line.Observer.Length == 0 ? "The observer is empty: give the name of who did the audit"
                : line.Observer.Length > AuditImportFile.NameMaxLength ? $"The observer's name is longer than {AuditImportFile.NameMaxLength} characters"
                : line.Room.Length > Room.NameMaxLength ? $"The room's name is longer than {Room.NameMaxLength} characters"
                : null;
            if (reason is not null)
            {
                found.Add(new TransferProblem(line.LineNumber, reason));
                continue;
            }

            var key = (instrument!.Code, setting!.Id);
            if (!withTexts.TryGetValue(key, out var scoredOn))
                withTexts[key] = scoredOn = await licensedTexts.ForSettingAsync(instrument, setting.TenantId, setting.Id, cancellationToken);
            var item = scoredOn.Item(line.Item);
            if (item is null)
            {
                found.Add(new TransferProblem(line.LineNumber, line.Item.Length == 0 ? "The item is empty" : $"{instrument.Name} has no item {LicensedTextsFile.Shorten(line.Item)}"));
                continue;
            }

            var (answer, problem) = AuditImportFile.Answer(line, scoredOn, item);
            if (problem is not null)
                found.Add(new TransferProblem(line.LineNumber, problem));
            else
                rows.Add(new Row(line, setting, date!.Value, line.Room, scoredOn, line.Observer, item, answer!));
        }

        return rows;
    }

    /// Each item's answer in one audit, by item number: derived from its indicators when the lines give them.
    private static Dictionary<string, PastAnswer> Score(Group group, List<TransferProblem> found)
    {
        var answers = new Dictionary<string, PastAnswer>(StringComparer.Ordinal);
        if (group.Rows.Any(r => r.Answer is PastAnswer.Indicator) && group.Rows.FirstOrDefault(r => r.Answer is not PastAnswer.Indicator) is { } mixed)
        {
            found.Add(new TransferProblem(mixed.Line.LineNumber, "This audit has both item scores and indicator answers: give one or the other for the whole audit"));
            return answers;
        }

        foreach (var item in group.Rows.GroupBy(r => r.Item.Number, StringComparer.Ordinal))
        {
            var lines = item.ToList();
            if (lines[0].Answer is not PastAnswer.Indicator)
            {
                foreach (var twice in lines.Skip(1))
                    found.Add(new TransferProblem(twice.Line.LineNumber, $"Item {item.Key} is also on line {lines[0].Line.LineNumber} for this audit"));
                answers[item.Key] = lines[0].Answer;
                continue;
            }

            var given = new Dictionary<string, IndicatorAnswer>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                var indicator = (PastAnswer.Indicator)line.Answer;
                if (!given.TryAdd(indicator.Code, indicator.Answer))
                    found.Add(new TransferProblem(line.Line.LineNumber, $"Indicator {indicator.Code} of item {item.Key} is given twice for this audit"));
            }

            var result = EnvironmentRatingRule.Score(lines[0].Item.Indicators, given);
            if (result.Score is { } score)
                answers[item.Key] = new ScoredByIndicators(score, result.DecidedBy, given);
            else
                found.Add(new TransferProblem(lines[0].Line.LineNumber, $"Item {item.Key} cannot be scored from its indicators: {result.Reason}"));
        }

        return answers;
    }

    /// An item whose score the rule derived from the indicators the file gave.
    private sealed record ScoredByIndicators(int Value, string? DecidedBy, IReadOnlyDictionary<string, IndicatorAnswer> Indicators) : PastAnswer;

    private async Task CheckNotAlreadyInAsync(List<Group> groups, List<int> settingIds, List<Room> rooms, List<TransferProblem> found, CancellationToken cancellationToken)
    {
        if (settingIds.Count == 0)
            return;
        // Read in plain queries: a room looked up inside the audits' query needs APPLY, which SQLite lacks.
        var audits = await db.Audits.AsNoTracking().Where(a => settingIds.Contains(a.SettingId) && a.Imported)
            .Select(a => new { a.Id, a.SettingId, a.ObservedOn, a.InstrumentCode, a.RoomId }).ToListAsync(cancellationToken);
        var auditIds = audits.Select(a => a.Id).ToList();
        var observers = await db.AuditSheets.AsNoTracking().Where(s => auditIds.Contains(s.AuditId))
            .Select(s => new { s.AuditId, s.PersonName }).ToListAsync(cancellationToken);
        var roomNames = rooms.ToDictionary(r => r.Id, r => r.Name);
        var existing = audits.Join(observers, a => a.Id, o => o.AuditId, (a, o) => new
        {
            a.SettingId,
            a.ObservedOn,
            a.InstrumentCode,
            Room = a.RoomId is { } room ? roomNames.GetValueOrDefault(room) : null,
            o.PersonName,
        }).ToList();
        foreach (var group in groups.Where(g => existing.Any(e => e.SettingId == g.Setting.Id && e.ObservedOn == g.Date && e.InstrumentCode == g.Instrument.Code
            && string.Equals(e.Room ?? "", g.Room, StringComparison.OrdinalIgnoreCase) && string.Equals(e.PersonName, g.Observer, StringComparison.OrdinalIgnoreCase))))
        {
            found.Add(new TransferProblem(group.Rows.Min(r => r.Line.LineNumber),
                $"{group.Instrument.Name} at {group.Setting.Name} on {group.Date:d MMMM yyyy} by {group.Observer} has already been imported"));
        }
    }

    private Audit Build(Group group, Room? room, Dictionary<string, PastAnswer> answers, DateTimeOffset now)
    {
        var instrument = group.Instrument;
        var byIndicators = answers.Values.Any(a => a is ScoredByIndicators);
        var audit = new Audit(group.Setting, room, instrument, byIndicators ? AuditMode.Indicators : AuditMode.ItemScores, group.Date, currentUser.DisplayName, now);
        audit.MarkImported();
        var sheet = audit.AddSheet(SheetKind.Observer, null, group.Observer);
        foreach (var (number, answer) in answers)
        {
            if (answer is PastAnswer.Unscored)
                continue;
            var row = sheet.AnswerFor(number);
            switch (answer)
            {
                case PastAnswer.Score score:
                    row.Score = score.Value;
                    break;
                case PastAnswer.NotApplicable:
                    row.NotApplicable = true;
                    if (instrument.Scoring == ScoringRule.Checklist)
                        row.Checklist = ChecklistAnswer.NotApplicable;
                    break;
                case PastAnswer.Checklist checklist:
                    row.Checklist = checklist.Answer;
                    break;
                case ScoredByIndicators derived:
                    row.Score = derived.Value;
                    row.DecidedBy = derived.DecidedBy;
                    foreach (var (code, given) in derived.Indicators)
                        sheet.SetIndicator(number, code, given);
                    break;
            }
        }

        sheet.Complete(now);
        audit.Finish(currentUser.DisplayName, now, AuditExportScores.Of(instrument, sheet).Total);
        return audit;
    }
}
