using Ascent.Web.Domain.Instruments;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// One person's answers as the form sends them (drawn by _ResponseForm for the link and the paper entry alike): the
/// group that applies to them, and an answer per statement in the questionnaire's order, blank when not answered.
public sealed class ResponseInput
{
    private InstrumentDefinition _instrument = null!;

    public string? Group { get; set; }

    public List<string?> Answers { get; set; } = [];

    /// The questionnaire answered: setting it lines Answers up with its statements, one each.
    [BindNever]
    [ValidateNever]
    public InstrumentDefinition Instrument
    {
        get => _instrument;
        set
        {
            _instrument = value;
            var count = value.Items.Count();
            Answers = [.. Enumerable.Range(0, count).Select(i => i < Answers.Count ? Answers[i] : null)];
        }
    }

    public IReadOnlyList<SelectListItem> GroupItems() => [.. Instrument.RespondentGroups.Select(g => new SelectListItem(g.Name, g.Code))];

    public IReadOnlyList<SelectListItem> ScaleItems() =>
        [.. Enumerable.Range(Instrument.Scale.Min, Instrument.Scale.Max - Instrument.Scale.Min + 1)
            .Select(v => new SelectListItem(LikertAnswers.Label(Instrument.Scale, v), v.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// Each subscale with its items' positions in Answers.
    public IEnumerable<(Subscale Subscale, IEnumerable<(InstrumentItem Item, int Index)> Items)> Sections()
    {
        var items = Instrument.Items.ToList();
        return Instrument.Subscales.Select(s => (s, s.Items.Select(i => (i, items.IndexOf(i)))));
    }

    /// Reads the answers, putting each problem against its field under `prefix` (the property this is bound to).
    public LikertResponse? Check(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var check = LikertAnswers.Read(Instrument, Group, Answers);
        foreach (var error in check.Errors)
            modelState.AddModelError(error.Item is { } i ? $"{prefix}.{nameof(Answers)}[{i}]" : $"{prefix}.{nameof(Group)}", error.Message);
        return check.Response;
    }
}
