using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// An audit's results as the results page shows them: the audit, the sheet the results come from, each subscale's
/// items with their scores and the change since the previous audit, the headline, agreement between two observers,
/// and the goals it suggests with those already in the plan.
public sealed record AuditResult(
    AuditHeader Audit,
    InstrumentDefinition Instrument,
    string FinalSheetName,
    IReadOnlyList<string> Observers,
    IReadOnlyList<SubscaleResult> Subscales,
    decimal? Total,
    ScoreChange? TotalChange,
    ChecklistFigures? Checklist,
    PreviousAudit? Previous,
    AgreementFigures? Agreement,
    IReadOnlyList<GoalSuggestion> Suggestions,
    IReadOnlyDictionary<string, int> Accepted)
{
    public bool IsRating => Instrument.Scoring == ScoringRule.EnvironmentRating;

    public bool IsChecklist => Instrument.Scoring == ScoringRule.Checklist;

    public bool TwoObservers => Observers.Count == 2;
}

/// What the page says about the audit itself.
public sealed record AuditHeader(
    int Id,
    int TenantId,
    int SettingId,
    string SettingName,
    int? RoomId,
    string? RoomName,
    string InstrumentCode,
    string InstrumentVersion,
    DateOnly ObservedOn,
    AuditStatus Status,
    AuditMode Mode,
    string? FinishedBy,
    bool Imported)
{
    public bool Finished => Status == AuditStatus.Finished;
}

/// The audit the change is measured from: same instrument, same setting (and room, for a room's rating), finished,
/// observed before this one.
public sealed record PreviousAudit(int Id, DateOnly ObservedOn, decimal? Total);

public sealed record SubscaleResult(Subscale Subscale, decimal? Mean, ScoreChange? Change, IReadOnlyList<ItemResult> Items);

/// One item: its score (ratings) or answer (checklists), the note, in indicator mode the indicator that decided the
/// score and why, each observer's score when there were two, and the change since the previous audit.
public sealed record ItemResult(
    InstrumentItem Item,
    int? Score,
    ChecklistAnswer? Answer,
    bool NotApplicable,
    string Note,
    string? DecidedBy,
    string? DecidedWhy,
    IReadOnlyList<int?> ObserverScores,
    ScoreChange? Change)
{
    public ScoreBand? Band => Score is { } score ? ScoreBands.Of(score) : null;
}
