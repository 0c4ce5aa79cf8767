using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Instruments.Audits;

/// One item of a sheet's form: its answer token, note, indicators and the version of the answer the page shows.
public sealed class ItemInput
{
    public string Number { get; set; } = "";

    public string? Value { get; set; }

    public string? Note { get; set; }

    public int Version { get; set; }

    public Dictionary<string, string?> Indicators { get; set; } = [];

    public ItemEntry ToEntry() => new(Number, Value, Note, Indicators, Version);

    public static ItemInput From(ItemState state, AuditSheet sheet) => new()
    {
        Number = state.Number,
        Value = state.Token,
        Note = state.Note,
        Version = state.Version,
        Indicators = AuditSheets.IndicatorsOf(sheet, state.Number).ToDictionary(i => i.Key, i => (string?)IndicatorEntry.Token(i.Value)),
    };
}

/// The choices an item's radios offer, in words: the scale's numbers with their labels, or met / partly met / not
/// met, and not applicable only where the item allows it.
public static class ItemChoices
{
    public static IReadOnlyList<SelectListItem> For(InstrumentDefinition instrument, InstrumentItem item)
    {
        List<SelectListItem> choices = instrument.Scoring == ScoringRule.Checklist
            ? [new("Met", "met"), new("Partly met", "partly-met"), new("Not met", "not-met")]
            : [.. Enumerable.Range(instrument.Scale.Min, instrument.Scale.Max - instrument.Scale.Min + 1).Select(v => new SelectListItem(instrument.Scale.Describe(v), v.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        if (item.NotApplicableAllowed)
            choices.Add(new("Not applicable", ItemAnswer.NotApplicableToken));
        return choices;
    }

    /// In indicator mode, an item that may be not applicable as a whole.
    public static IReadOnlyList<SelectListItem> WholeItem { get; } =
        [new("Scored from its indicators", ""), new("Not applicable", ItemAnswer.NotApplicableToken)];

    public static IReadOnlyList<SelectListItem> ForIndicator(IndicatorDefinition indicator) =>
        indicator.NotApplicableAllowed
            ? [new("Yes", IndicatorEntry.Yes), new("No", IndicatorEntry.No), new("Not applicable", ItemAnswer.NotApplicableToken)]
            : [new("Yes", IndicatorEntry.Yes), new("No", IndicatorEntry.No)];

    /// Puts each error on the item's field, so the error summary links to it.
    public static void AddErrors(ModelStateDictionary modelState, IReadOnlyList<ItemInput> items, SaveResult result)
    {
        foreach (var (number, message) in result.Errors)
            modelState.AddModelError(Key(items, number), message);
        foreach (var conflict in result.Conflicts)
        {
            var index = items.ToList().FindIndex(i => i.Number == conflict.Number);
            if (index >= 0)
            {
                // Show what is there now, so saving again is a choice made knowing it.
                foreach (var key in modelState.Keys.Where(k => k.StartsWith($"Items[{index}].", StringComparison.Ordinal)).ToList())
                    modelState.Remove(key);
                items[index].Value = conflict.Current.Token;
                items[index].Note = conflict.Current.Note;
                items[index].Version = conflict.Current.Version;
            }

            modelState.AddModelError(Key(items, conflict.Number), conflict.Message);
        }
    }

    private static string Key(IReadOnlyList<ItemInput> items, string number)
    {
        var index = items.ToList().FindIndex(i => i.Number == number);
        return index < 0 ? "Items" : $"Items[{index}].Value";
    }
}
