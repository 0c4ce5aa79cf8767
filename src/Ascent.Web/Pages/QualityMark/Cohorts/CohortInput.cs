using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Cohorts;

/// The cohort's form, shared by opening and changing one: its shape is checked here, with GOV.UK messages; what a
/// cohort may be (the window closing on or before the start) is Cohort's rule, checked here first so it reads well.
public sealed class CohortInput
{
    public string? Scheme { get; set; }

    /// The schemes' versions as the form showed them ("code=version" pairs, the version escaped, joined by ";"): a new
    /// cohort opens on the version the coordinator read, or is refused if an upload has replaced it since.
    public string? Shown { get; set; }

    public string? Name { get; set; }

    public DateInput StartsOn { get; set; } = new();

    public DateInput OpensOn { get; set; } = new();

    public DateInput ClosesOn { get; set; } = new();

    public string? PilotRules { get; set; }

    public int Version { get; set; }

    public static CohortInput From(Cohort cohort) => new()
    {
        Scheme = cohort.SchemeCode,
        Name = cohort.Name,
        StartsOn = DateInput.From(cohort.StartsOn),
        OpensOn = DateInput.From(cohort.ApplicationsOpenOn),
        ClosesOn = DateInput.From(cohort.ApplicationsCloseOn),
        PilotRules = cohort.PilotRules,
        Version = cohort.Version,
    };

    /// The LA's current schemes (SchemeVersions.CurrentAsync): a new cohort opens on one of them.
    public static string ShownOf(IEnumerable<SchemeDefinition> schemes) => string.Join(";", schemes.Select(Pair));

    public static string Pair(SchemeDefinition scheme) => $"{scheme?.Code}={Uri.EscapeDataString(scheme?.Version ?? "")}";

    public static IReadOnlyList<SelectListItem> SchemeItems(IEnumerable<SchemeDefinition> schemes) =>
        [.. schemes.Select(s => new SelectListItem($"{s.Name} (version {s.Version})", s.Code))];

    /// The checked values, or null with each problem in the model state under `prefix`.
    public (string Name, DateOnly StartsOn, DateOnly OpensOn, DateOnly ClosesOn)? Validate(ModelStateDictionary state, string prefix, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrWhiteSpace(Name))
            state.AddModelError($"{prefix}.Name", "Enter a name for the cohort");
        else if (Name.Trim().Length > Cohort.NameMaxLength)
            state.AddModelError($"{prefix}.Name", $"Name must be {Cohort.NameMaxLength:N0} characters or fewer");
        var starts = Date(state, $"{prefix}.StartsOn", StartsOn, "the day the cohort starts", today);
        var opens = Date(state, $"{prefix}.OpensOn", OpensOn, "the day applications open", today);
        var closes = Date(state, $"{prefix}.ClosesOn", ClosesOn, "the day applications close", today);
        if (PilotRules?.Trim().Length > Cohort.RulesMaxLength)
            state.AddModelError($"{prefix}.PilotRules", $"Pilot rules must be {Cohort.RulesMaxLength:N0} characters or fewer");
        if (opens is { } o && closes is { } c && c < o)
            state.AddModelError($"{prefix}.ClosesOn", "The day applications close must be the same as or after the day they open");
        else if (closes is { } c2 && starts is { } s && c2 > s)
            state.AddModelError($"{prefix}.ClosesOn", "Applications must close on or before the day the cohort starts");
        return state.IsValid && starts is { } start && opens is { } open && closes is { } close ? (Name!.Trim(), start, open, close) : null;
    }

    private static DateOnly? Date(ModelStateDictionary state, string key, DateInput input, string what, DateOnly today)
    {
        if (input.IsEmpty)
        {
            state.AddModelError(key, $"Enter {what}");
            return null;
        }

        if (!input.TryGetDate(out var date))
        {
            state.AddModelError(key, $"{Capital(what)} must be a real date, like 1 9 {today.Year + 1}");
            return null;
        }

        if (date < today.AddYears(-2) || date > today.AddYears(5))
        {
            state.AddModelError(key, $"{Capital(what)} must be within two years before and five years after today");
            return null;
        }

        return date;
    }

    private static string Capital(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
