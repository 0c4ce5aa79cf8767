using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// An audit's results, read in a handful of queries whatever its size: the audit with its sheets and answers, the
/// setting's and room's names, the final sheet's indicators (indicator mode), the previous audit's final answers and
/// the goals already accepted from it. Scored on the instrument version the audit started on. The query filters
/// decide who may see it: another LA's audit, or another setting's, is not found.
public sealed class AuditResults(AppDbContext db, InstrumentDefinitions definitions)
{
    public async Task<AuditResult?> LoadAsync(int auditId, CancellationToken cancellationToken)
    {
        var audit = await db.Audits.AsNoTracking().Include(a => a.Sheets).ThenInclude(s => s.Answers)
            .FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
        if (audit is null)
            return null;
        if (await definitions.OfAuditAsync(audit, cancellationToken) is not { } instrument)
            return null;
        var names = await db.Settings.Where(s => s.Id == audit.SettingId)
            .Select(s => new { s.Name, Room = db.Rooms.Where(r => r.Id == audit.RoomId).Select(r => r.Name).FirstOrDefault() })
            .SingleAsync(cancellationToken);
        var header = new AuditHeader(audit.Id, audit.TenantId, audit.SettingId, names.Name, audit.RoomId, names.Room, audit.InstrumentCode,
            audit.InstrumentVersion, audit.ObservedOn, audit.Status, audit.Mode, audit.FinishedBy, audit.Imported);

        var observers = AuditSheets.Observers(audit);
        var final = AuditSheets.ResultSheetOrDefault(audit);
        var decided = final is not null && audit.Mode == AuditMode.Indicators
            ? await DecidedAsync(instrument, final.Id, cancellationToken)
            : new Dictionary<string, IndicatorScore>();
        var previous = await PreviousAsync(audit, instrument, cancellationToken);
        var before = previous?.Answers ?? new Dictionary<string, AuditAnswer>(StringComparer.Ordinal);
        var answers = final?.Answers.ToDictionary(a => a.ItemNumber, StringComparer.Ordinal) ?? new Dictionary<string, AuditAnswer>(StringComparer.Ordinal);
        var twoObservers = observers.Count == 2;

        var subscales = new List<SubscaleResult>();
        foreach (var subscale in instrument.Subscales)
        {
            var items = subscale.Items.Select(item =>
            {
                var answer = answers.GetValueOrDefault(item.Number);
                var was = before.GetValueOrDefault(item.Number);
                var why = decided.GetValueOrDefault(item.Number);
                return new ItemResult(item, ScoreOf(answer), ChecklistOf(answer), answer?.NotApplicable ?? false, answer?.Note ?? "",
                    answer?.DecidedBy ?? why?.DecidedBy, why?.Reason,
                    twoObservers ? observers.Select(o => ScoreOf(o.Answer(item.Number))).ToList() : new List<int?>(),
                    previous is null ? null
                        : instrument.Scoring == ScoringRule.Checklist ? ScoreChange.Of(ChecklistOf(was), ChecklistOf(answer)) : ScoreChange.Of(ScoreOf(was), ScoreOf(answer)));
            }).ToList();
            subscales.Add(new SubscaleResult(subscale, null, null, items));
        }

        var scores = instrument.Items.ToDictionary(i => i.Number, i => ScoreOf(answers.GetValueOrDefault(i.Number)), StringComparer.Ordinal);
        var means = ScoreMeans.Of(instrument, scores);
        var beforeMeans = previous is null ? null : ScoreMeans.Of(instrument, instrument.Items.ToDictionary(i => i.Number, i => ScoreOf(before.GetValueOrDefault(i.Number)), StringComparer.Ordinal));
        var isRating = instrument.Scoring == ScoringRule.EnvironmentRating;
        if (isRating)
        {
            subscales = [.. subscales.Select(s => s with
            {
                Mean = means.Subscales.GetValueOrDefault(s.Subscale.Code),
                Change = beforeMeans is null ? null : ScoreChange.Of(beforeMeans.Subscales.GetValueOrDefault(s.Subscale.Code), means.Subscales.GetValueOrDefault(s.Subscale.Code)),
            })];
        }

        var checklist = instrument.Scoring == ScoringRule.Checklist ? ChecklistFigures.Of(instrument.Items.Select(i => ChecklistOf(answers.GetValueOrDefault(i.Number)))) : null;
        var nextTime = instrument.AppliesTo == InstrumentLevel.Room && names.Room is not null ? $"when {names.Room} is next rated" : "at the next audit";
        IReadOnlyList<GoalSuggestion> suggestions = [];
        if (audit.IsLocked && final is not null && isRating)
            suggestions = GoalSuggestions.ForRating(instrument, scores, means, nextTime);
        else if (audit.IsLocked && final is not null && checklist is not null)
            suggestions = GoalSuggestions.ForChecklist(instrument, instrument.Items.ToDictionary(i => i.Number, i => ChecklistOf(answers.GetValueOrDefault(i.Number)), StringComparer.Ordinal), nextTime);
        var accepted = suggestions.Count == 0 ? new Dictionary<string, int>()
            : await AuditSuggestions.AcceptedAsync(db, audit.Id, cancellationToken);
        var agreement = twoObservers ? AuditSheets.Comparison(instrument, audit).Figures : null;

        return new AuditResult(header, instrument, final?.PersonName ?? "", [.. observers.Select(o => o.PersonName)], subscales,
            isRating ? means.Total : checklist?.PercentMet,
            previous is null ? null : isRating ? ScoreChange.Of(beforeMeans!.Total, means.Total) : ScoreChange.Of(previous.Checklist?.PercentMet, checklist?.PercentMet),
            checklist, previous?.Audit, agreement, suggestions, accepted);
    }

    private static int? ScoreOf(AuditAnswer? answer) => answer is { NotApplicable: false } ? answer.Score : null;

    private static ChecklistAnswer? ChecklistOf(AuditAnswer? answer) =>
        answer is null ? null : answer.NotApplicable ? ChecklistAnswer.NotApplicable : answer.Checklist;

    private sealed record Before(PreviousAudit Audit, Dictionary<string, AuditAnswer> Answers, ChecklistFigures? Checklist);

    private async Task<Before?> PreviousAsync(Audit audit, InstrumentDefinition instrument, CancellationToken cancellationToken)
    {
        var sameRoom = instrument.AppliesTo == InstrumentLevel.Room;
        var roomId = audit.RoomId;
        var previous = await db.Audits.AsNoTracking().Include(a => a.Sheets).ThenInclude(s => s.Answers)
            .Where(a => a.SettingId == audit.SettingId && a.InstrumentCode == audit.InstrumentCode && a.Status == AuditStatus.Finished
                && a.ObservedOn < audit.ObservedOn && (!sameRoom || a.RoomId == roomId))
            .OrderByDescending(a => a.ObservedOn).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
            return null;
        var answers = AuditSheets.ResultSheetOrDefault(previous)?.Answers.ToDictionary(a => a.ItemNumber, StringComparer.Ordinal) ?? new Dictionary<string, AuditAnswer>(StringComparer.Ordinal);
        var checklist = instrument.Scoring == ScoringRule.Checklist ? ChecklistFigures.Of(instrument.Items.Select(i => ChecklistOf(answers.GetValueOrDefault(i.Number)))) : null;
        return new Before(new PreviousAudit(previous.Id, previous.ObservedOn, previous.Total), answers, checklist);
    }

    /// Each item's score worked out again from the final sheet's indicators, for the reason in words.
    private async Task<Dictionary<string, IndicatorScore>> DecidedAsync(InstrumentDefinition instrument, int sheetId, CancellationToken cancellationToken)
    {
        var ticked = await db.AuditIndicatorAnswers.AsNoTracking().Where(i => i.SheetId == sheetId)
            .Select(i => new { i.ItemNumber, i.IndicatorCode, i.Answer }).ToListAsync(cancellationToken);
        var result = new Dictionary<string, IndicatorScore>(StringComparer.Ordinal);
        foreach (var item in ticked.GroupBy(i => i.ItemNumber))
        {
            if (instrument.Item(item.Key) is not { Indicators.Count: > 0 } definition)
                continue;
            var answers = item.ToDictionary(i => i.IndicatorCode, i => i.Answer, StringComparer.Ordinal);
            result[item.Key] = EnvironmentRatingRule.Score(definition.Indicators, answers);
        }

        return result;
    }
}
