namespace Ascent.Web.Services.Imports.Ofsted;

/// The framework codes of the inspections an Ofsted row gives. Ofsted says grades of different frameworks cannot be compared,
/// so they are kept apart rather than mapped onto each other.
public static class OfstedFrameworks
{
    /// Common Inspection Framework: full inspections before 1 September 2019 (only overall effectiveness is kept).
    public const string Cif = "ofsted-cif";

    /// Education Inspection Framework: full inspections from 1 September 2019 to 9 November 2025.
    public const string Eif2019 = "ofsted-eif-2019";

    /// Renewed framework (report cards) from 10 November 2025: no overall grade.
    public const string Renewed2025 = "ofsted-renewed-2025";

    /// No-children-on-roll and Childcare Register inspections: an outcome, not a grade.
    public const string Compliance = "ofsted-compliance";
}
