using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// What a setting says about itself in one framework area: strengths, the evidence for them (notes and links),
/// what it wants to develop, and the grade it would give itself on the area's scale.
public sealed class AreaEvaluation : ISettingOwned
{
    public const int TextMaxLength = 8000;

    private AreaEvaluation()
    {
        AreaCode = "";
    }

    internal AreaEvaluation(Evaluation evaluation, string areaCode)
    {
        Evaluation = evaluation;
        TenantId = evaluation.TenantId;
        SettingId = evaluation.SettingId;
        AreaCode = areaCode;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvaluationId { get; private set; }

    public Evaluation? Evaluation { get; private set; }

    public string AreaCode { get; private set; }

    public string? Strengths { get; private set; }

    public string? Evidence { get; private set; }

    public string? ForDevelopment { get; private set; }

    /// A code on the area's scale, or null while the setting has not decided.
    public string? Grade { get; private set; }

    public bool IsStarted => Strengths is not null || Evidence is not null || ForDevelopment is not null || Grade is not null;

    internal void Record(string? strengths, string? evidence, string? forDevelopment, string? grade)
    {
        Strengths = FreeText.Trimmed(strengths);
        Evidence = FreeText.Trimmed(evidence);
        ForDevelopment = FreeText.Trimmed(forDevelopment);
        Grade = FreeText.Trimmed(grade);
    }
}
