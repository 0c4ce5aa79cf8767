using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

/// One item as a form or the autosave handler sends it: the answer token, the note, each indicator's token (in
/// indicator mode) and the answer's version the person's page was showing.
public sealed record ItemEntry(string Number, string? Token, string? Note, IReadOnlyDictionary<string, string?> Indicators, int Version);

/// An item as it now stands on a sheet: what the page and the autosave handler show back.
public sealed record ItemState(string Number, string Token, string Note, int Version, int? Score, string? DecidedBy, string? ScoreReason, string Answer);

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
        (IsJoint(audit) ? Agreed(audit) : Observers(audit) is { Count: > 0 } observers ? observers[0] : null) ?? throw new InvalidOperationException("The audit has no sheet to score.");

    /// Both observers have marked their own sheets complete: only then may each see the other's answers.
    public static bool BothComplete(Audit audit) => IsJoint(audit) && Observers(audit).All(s => s.CompletedAt is not null);

    public static int Answered(InstrumentDefinition instrument, AuditSheet sheet) =>
        instrument.Items.Count(i => sheet.Answer(i.Number)?.IsAnswered == true);

    public static ItemState State(InstrumentDefinition instrument, AuditSheet sheet, InstrumentItem item)
    {
        var row = sheet.Answer(item.Number);
        var answer = ItemAnswer.Of(row);
        string? reason = null;
        if (row?.Score is null && item.Indicators.Count > 0 && sheet.Audit.Mode == AuditMode.Indicators && !answer.NotApplicable)
            reason = IndicatorEntry.Score(item, IndicatorsOf(sheet, item.Number)).Reason;
        else if (row?.DecidedBy is { } decided)
            reason = IndicatorEntry.Score(item, IndicatorsOf(sheet, item.Number)).Reason;
        return new(item.Number, answer.Token, row?.Note ?? "", row?.Version ?? 0, row?.Score, row?.DecidedBy, reason, answer.Describe(instrument));
    }

    public static Dictionary<string, IndicatorAnswer> IndicatorsOf(AuditSheet sheet, string itemNumber) =>
        sheet.Indicators.Where(i => i.ItemNumber == itemNumber).ToDictionary(i => i.IndicatorCode, i => i.Answer, StringComparer.Ordinal);
}
