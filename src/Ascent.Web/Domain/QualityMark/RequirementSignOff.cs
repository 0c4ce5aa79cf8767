using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// The evaluator's mark on one requirement of one stage of an accreditation's portfolio: signed off with a comment,
/// or cleared again (the comment says why). One row per requirement and stage, changed in place, so the audit trail
/// holds its history and Version refuses a second evaluator's change made from a page read before the first.
public sealed class RequirementSignOff : ISettingOwned
{
    public const int CommentMaxLength = 2000;
    public const int CodeMaxLength = 60;
    public const int ByMaxLength = 200;

    private RequirementSignOff()
    {
        Stage = "";
        RequirementCode = "";
        Comment = "";
        By = "";
    }

    private RequirementSignOff(Accreditation accreditation, string stage, string requirementCode)
    {
        TenantId = accreditation.TenantId;
        SettingId = accreditation.SettingId;
        AccreditationId = accreditation.Id;
        Stage = stage;
        RequirementCode = requirementCode;
        Comment = "";
        By = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AccreditationId { get; private set; }

    /// The stage's slug (PortfolioStage.Slug) and the requirement's code in the scheme.
    public string Stage { get; private set; }

    public string RequirementCode { get; private set; }

    public bool SignedOff { get; private set; }

    public string Comment { get; private set; }

    public string By { get; private set; }

    public DateOnly On { get; private set; }

    public int Version { get; private set; }

    /// The row for a requirement not marked before: cleared until Mark signs it off.
    public static RequirementSignOff For(Accreditation accreditation, PortfolioStage stage, Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(requirement);
        return new(accreditation, stage.Slug, requirement.Code);
    }

    /// Signs the requirement off, or clears the sign-off, with the evaluator's comment (required to clear one, so the
    /// setting reads why). Returns false when nothing would change.
    public bool Mark(bool signedOff, string? comment, string by, DateOnly on)
    {
        var text = comment?.Trim() ?? "";
        if (!signedOff && SignedOff && text.Length == 0)
            throw new ArgumentException("Say why the sign-off is cleared.", nameof(comment));
        if (signedOff == SignedOff && text == Comment)
            return false;
        SignedOff = signedOff;
        Comment = text;
        By = by;
        On = on;
        Version++;
        return true;
    }

    public SignOffFact Fact => new(SignedOff, Comment, By, On, Version);
}
