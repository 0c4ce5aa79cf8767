using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// One item as a form or the autosave handler sends it: the answer token, the note, each indicator's token (in
/// indicator mode) and the answer's version the person's page was showing.
public sealed record ItemEntry(string Number, string? Token, string? Note, IReadOnlyDictionary<string, string?> Indicators, int Version);

/// An item as it now stands on a sheet: what the page and the autosave handler show back.
public sealed record ItemState(string Number, string Token, string Note, int Version, int? Score, string? DecidedBy, string? ScoreReason, string Answer)
{
    /// How the item's score was worked out from its indicators, in words: the sheet shows it under the item, and the
    /// autosave script puts the same line back after each save.
    public string ScoreLine => Score is { } score
        ? $"Score {score}, decided by indicator {DecidedBy}: {ScoreReason}"
        : Token == ItemAnswer.NotApplicableToken ? "Not applicable" : $"Not scored yet{(ScoreReason is null ? "" : $": {ScoreReason}")}";
}

/// An item someone else changed since the person's page was loaded: nothing of theirs was saved for it.
public sealed record ItemConflict(string Number, string Message, ItemState Current);

/// What a save did: errors (each naming its item, with the item number for the field) or conflicts mean nothing was
/// saved; otherwise Saved holds every item sent as it now stands.
public sealed record SaveResult(IReadOnlyList<(string Number, string Message)> Errors, IReadOnlyList<ItemConflict> Conflicts, IReadOnlyList<ItemState> Saved)
{
    public bool Succeeded => Errors.Count == 0 && Conflicts.Count == 0;
}

/// Who observed what, in the audit's terms: the sheets that count.
public static class AuditSheets
{
    public static IReadOnlyList<AuditSheet> Observers(Audit audit) =>
        [.. audit.Sheets.Where(s => s.Kind == SheetKind.Observer).OrderBy(s => s.Id)];

    public static bool IsJoint(Audit audit) => Observers(audit).Count == 2;

    public static AuditSheet? Agreed(Audit audit) => audit.Sheets.FirstOrDefault(s => s.Kind == SheetKind.Agreed);

    /// The sheet the audit's results come from: the agreed sheet of a joint observation, else the one observer's.
    public static AuditSheet ResultSheet(Audit audit) =>
        ResultSheetOrDefault(audit) ?? throw new InvalidOperationException("The audit has no sheet to score.");

    /// ResultSheet, or null for an audit with no observer's sheet (a questionnaire's, whose sheets are respondents').
    public static AuditSheet? ResultSheetOrDefault(Audit audit) =>
        IsJoint(audit) ? Agreed(audit) : Observers(audit) is { Count: > 0 } observers ? observers[0] : null;

    /// A joint observation's two sheets compared item by item: for the compare and agree pages and for saving the
    /// agreed answers.
    public static ObserverAgreement Comparison(InstrumentDefinition instrument, Audit audit)
    {
        var observers = Observers(audit);
        return ObserverAgreement.Of(instrument, AuditScoring.AnswersOf(observers[0]), AuditScoring.AnswersOf(observers[1]));
    }

    /// Both observers have marked their own sheets complete: only then may each see the other's answers.
    public static bool BothComplete(Audit audit) => IsJoint(audit) && Observers(audit).All(s => s.CompletedAt is not null);

    public static int Answered(InstrumentDefinition instrument, AuditSheet sheet) =>
        instrument.Items.Count(i => sheet.Answer(i.Number)?.IsAnswered == true);

    public static ItemState State(InstrumentDefinition instrument, AuditSheet sheet, InstrumentItem item)
    {
        var row = sheet.Answer(item.Number);
        var answer = ItemAnswer.Of(row);
        var explained = row?.DecidedBy is not null
            || (row?.Score is null && item.Indicators.Count > 0 && sheet.Audit.Mode == AuditMode.Indicators && !answer.NotApplicable);
        var reason = explained ? IndicatorEntry.Score(item, IndicatorsOf(sheet, item.Number)).Reason : null;
        return new(item.Number, answer.Token, row?.Note ?? "", row?.Version ?? 0, row?.Score, row?.DecidedBy, reason, answer.Describe(instrument));
    }

    public static Dictionary<string, IndicatorAnswer> IndicatorsOf(AuditSheet sheet, string itemNumber) =>
        sheet.Indicators.Where(i => i.ItemNumber == itemNumber).ToDictionary(i => i.IndicatorCode, i => i.Answer, StringComparer.Ordinal);
}
