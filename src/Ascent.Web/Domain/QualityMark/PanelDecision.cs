using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// The moderation panel's decision on one accreditation: the coordinator and a second reader who is not the setting's
/// evaluator decide a level of the scheme or "not yet" (Level null), with reasons the setting reads.
public sealed class PanelDecision : ISettingOwned
{
    public const int ReasonsMaxLength = Accreditation.TextMaxLength;

    private PanelDecision()
    {
        Reasons = "";
        RecordedBy = "";
    }

    private PanelDecision(Accreditation accreditation, Guid coordinatorId, Guid secondReaderId, string? level, string reasons, DateOnly on, string recordedBy)
    {
        TenantId = accreditation.TenantId;
        SettingId = accreditation.SettingId;
        AccreditationId = accreditation.Id;
        CoordinatorId = coordinatorId;
        SecondReaderId = secondReaderId;
        Level = level;
        Reasons = reasons;
        DecidedOn = on;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AccreditationId { get; private set; }

    /// The coordinator who chaired the panel (and recorded its decision).
    public Guid CoordinatorId { get; private set; }

    /// The second reader: an LA officer who is neither the coordinator nor the setting's evaluator.
    public Guid SecondReaderId { get; private set; }

    /// The level code awarded, or null for "not yet".
    public string? Level { get; private set; }

    public string Reasons { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string RecordedBy { get; private set; }

    /// Why this second reader cannot sit on the panel, or null when they can.
    public static string? SecondReaderProblem(Guid coordinatorId, Guid secondReaderId, Guid? evaluatorId) =>
        secondReaderId == coordinatorId ? "The second reader must be someone other than the coordinator"
        : secondReaderId == evaluatorId ? "The second reader cannot be the setting's evaluator: choose another officer"
        : null;

    /// Records the panel's decision and applies it to the accreditation (which must be with the panel).
    public static PanelDecision Record(Accreditation accreditation, Guid coordinatorId, Guid secondReaderId, string? level, string reasons, DateOnly on, string recordedBy, string? reference)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        if (SecondReaderProblem(coordinatorId, secondReaderId, accreditation.EvaluatorId) is { } problem)
            throw new InvalidOperationException(problem + ".");
        if (string.IsNullOrWhiteSpace(reasons))
            throw new ArgumentException("Give the panel's reasons.", nameof(reasons));
        accreditation.Decide(level, on, reference);
        return new PanelDecision(accreditation, coordinatorId, secondReaderId, level, reasons.Trim(), on, recordedBy);
    }
}
