namespace Ascent.Web.Domain.Frameworks;

/// One answer to "how is this setting doing?", from its latest inspection, in the words a council officer uses:
/// "Good or better", "Needs attention", "Not yet inspected". Each framework says in frameworks/*.yaml which of its
/// outcomes give which standing, so counts, filters, exports and the API never read grades themselves. Frameworks
/// that share a standing share its code ("good-or-better" under the EIF and the CIF), so counts add them up.
public sealed record Standing(string Code, string Label, StandingBand Band)
{
    public const string NotYetInspectedCode = "not-yet-inspected";

    /// No inspection on any register.
    public static Standing NotYetInspected { get; } = new(NotYetInspectedCode, "Not yet inspected", StandingBand.None);

    /// Inspected, but no standing of the framework matches what was recorded (e.g. a renewed-framework inspection
    /// whose area grades have not been published yet).
    public static Standing NotKnown { get; } = new("outcome-not-known", "Outcome not recorded", StandingBand.None);
}

/// Puts the standings of different frameworks side by side (for ordering and colour) without saying one framework's
/// grade is another's: Ofsted's renewed "expected standard" is never relabelled "good".
public enum StandingBand
{
    /// Good or better, meets the expected standard or above, met, meeting the NQS or above.
    Meets = 1,

    /// Requires improvement, needs attention, not met, working towards the NQS.
    Improve = 2,

    /// Inadequate, urgent improvement, significant improvement required.
    Urgent = 3,

    /// Not yet inspected, or the outcome is not known.
    None = 4,
}

/// One line of a framework's `standings:` list: the standing an inspection gets when its overall grade is one of
/// Overall, when any area is graded one of AnyArea, or when every graded area is one of AllAreas (all that are given
/// must hold). Read in order: the first that matches decides.
public sealed record StandingRule(Standing Standing, IReadOnlyList<string> Overall, IReadOnlyList<string> AnyArea, IReadOnlyList<string> AllAreas)
{
    public bool Matches(string? overallGrade, IReadOnlyCollection<string> areaGrades)
    {
        if (Overall.Count > 0 && (overallGrade is null || !Overall.Contains(overallGrade)))
            return false;
        if (AnyArea.Count > 0 && !areaGrades.Any(AnyArea.Contains))
            return false;
        if (AllAreas.Count > 0 && (areaGrades.Count == 0 || !areaGrades.All(AllAreas.Contains)))
            return false;
        return true;
    }
}
