namespace Ascent.Web.Services.Imports.Ofsted;

/// One inspection from a provider's row. Grades maps an area code (overall, quality-of-education, inclusion, outcome, …)
/// to a grade code ("1"–"4" for EIF/CIF, exceptional … urgent-improvement for the renewed framework, met … for compliance).
/// OverallGrade is the overall grade (EIF/CIF), the outcome (compliance), or null (renewed framework: no overall grade).
public sealed record OfstedInspection(
    string FrameworkCode,
    string? Number,
    DateOnly Date,
    string? VisitType,
    string? OverallGrade,
    IReadOnlyDictionary<string, string> Grades);
