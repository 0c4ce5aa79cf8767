namespace Ascent.Web.Domain.Visits;

/// Why a visit happens. A pathway visit comes from a case's visit plan; the others are planned ad hoc. Each has
/// its own note template.
public static class VisitPurposes
{
    public const string Pathway = "pathway";
    public const string Monitoring = "monitoring";
    public const string AnnualConversation = "annual-conversation";
    public const string WelfareRequirementsNotice = "welfare-requirements-notice";
    public const string Sufficiency = "sufficiency";
    public const string QualityMark = "quality-mark";
    public const string Other = "other";

    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        (Pathway, "Support visit"),
        (Monitoring, "Monitoring visit"),
        (AnnualConversation, "Annual conversation"),
        (WelfareRequirementsNotice, "Welfare requirements notice support visit"),
        (Sufficiency, "Sufficiency and sustainability visit"),
        (QualityMark, "Quality mark evaluator visit"),
        (Other, "Other visit"),
    ];

    /// The purposes an adviser can choose when planning a visit that is not in a case's plan.
    public static IReadOnlyList<(string Code, string Name)> AdHoc { get; } =
        [.. All.Where(p => p.Code is not (Pathway or Monitoring))];

    public static string NameOf(string code) => All.FirstOrDefault(p => p.Code == code).Name ?? "Visit";

    public static bool IsKnown(string? code) => All.Any(p => p.Code == code);
}
