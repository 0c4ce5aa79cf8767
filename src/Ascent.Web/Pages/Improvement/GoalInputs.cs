using Ascent.Web.Infrastructure.GovUk;

namespace Ascent.Web.Pages.Improvement;

/// A row of the steps table: a row with text is a step; an empty row is left out.
public sealed class StepInput
{
    public string? Text { get; set; }

    public string? Owner { get; set; }

    public DateInput Due { get; set; } = new();

    public bool Done { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Owner) && Due.IsEmpty && !Done;
}
