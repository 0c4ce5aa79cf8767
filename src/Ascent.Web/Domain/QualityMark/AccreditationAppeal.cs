using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// A setting's one appeal against the panel's "not yet": its grounds, then the hearing by an LA officer who was on
/// neither side of the panel (not the coordinator, not the second reader, not the evaluator who recommended), upheld
/// with a level or dismissed, with reasons.
public sealed class AccreditationAppeal : ISettingOwned
{
    public const int TextMaxLength = Accreditation.TextMaxLength;

    private AccreditationAppeal()
    {
        Grounds = "";
        MadeBy = "";
        Reasons = "";
    }

    private AccreditationAppeal(Accreditation accreditation, string grounds, string madeBy, DateOnly on)
    {
        TenantId = accreditation.TenantId;
        SettingId = accreditation.SettingId;
        AccreditationId = accreditation.Id;
        Grounds = grounds;
        MadeBy = madeBy;
        MadeOn = on;
        Reasons = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AccreditationId { get; private set; }

    public string Grounds { get; private set; }

    public string MadeBy { get; private set; }

    public DateOnly MadeOn { get; private set; }

    /// The officer who heard the appeal, once heard.
    public Guid? HeardById { get; private set; }

    public DateOnly? HeardOn { get; private set; }

    public bool? Upheld { get; private set; }

    /// The level awarded when the appeal is upheld.
    public string? Level { get; private set; }

    public string Reasons { get; private set; }

    public int Version { get; private set; }

    public bool IsHeard => HeardOn is not null;

    /// The setting appeals the panel's "not yet" (once: the accreditation refuses a second appeal).
    public static AccreditationAppeal Make(Accreditation accreditation, string grounds, string madeBy, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (string.IsNullOrWhiteSpace(grounds))
            throw new ArgumentException("Give the grounds for the appeal.", nameof(grounds));
        accreditation.Appeal();
        return new AccreditationAppeal(accreditation, grounds.Trim(), madeBy, on);
    }

    /// Why this officer cannot hear the appeal, or null when they can.
    public static string? HearerProblem(Guid hearerId, PanelDecision panel, Guid? evaluatorId)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return hearerId == panel.CoordinatorId || hearerId == panel.SecondReaderId
            ? "The appeal must be heard by someone who was not on the panel"
            : hearerId == evaluatorId ? "The appeal cannot be heard by the setting's evaluator, who made the recommendation" : null;
    }

    /// The hearing: upheld with a level (awarded, with its certificate reference) or dismissed ("not yet" stands).
    public void Hear(Accreditation accreditation, PanelDecision panel, Guid hearerId, string? level, string reasons, DateOnly on, string? reference)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (IsHeard)
            throw new InvalidOperationException("This appeal has already been heard.");
        if (HearerProblem(hearerId, panel, accreditation.EvaluatorId) is { } problem)
            throw new InvalidOperationException(problem + ".");
        if (string.IsNullOrWhiteSpace(reasons))
            throw new ArgumentException("Give the reasons for the outcome of the appeal.", nameof(reasons));
        accreditation.HearAppeal(level, on, reference);
        HeardById = hearerId;
        HeardOn = on;
        Upheld = level is not null;
        Level = level;
        Reasons = reasons.Trim();
        Version++;
    }
}
