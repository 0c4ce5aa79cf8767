using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// One setting's way through one cohort of a quality mark: its application, the coordinator's acceptance, the
/// evaluator allocated, the evaluator's recommendation, the panel's decision (and an appeal), the award with its
/// certificate reference, and its end. The setting reads its own; every step checks the one before it, so a step
/// taken twice from two tabs is refused rather than applied twice (with Version as the concurrency token).
public sealed class Accreditation : ISettingOwned
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int ReferenceMaxLength = 20;

    private Accreditation()
    {
        AppliedBy = "";
        Statement = "";
        EntryNote = "";
        Recommendation = "";
        EndReason = "";
    }

    private Accreditation(Cohort cohort, int settingId, string statement, string appliedBy, DateOnly appliedOn)
    {
        TenantId = cohort.TenantId;
        SettingId = settingId;
        Cohort = cohort;
        CohortId = cohort.Id;
        Statement = statement;
        AppliedBy = appliedBy;
        AppliedOn = appliedOn;
        EntryNote = "";
        Recommendation = "";
        EndReason = "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int CohortId { get; private set; }

    public Cohort Cohort { get; private set; } = null!;

    public AccreditationStatus Status { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public string AppliedBy { get; private set; }

    /// The setting's application in its own words: why it applies and how it reflects on its practice (the
    /// coordinator judges the criteria Ascent cannot check from it).
    public string Statement { get; private set; }

    public DateOnly? EntryDecidedOn { get; private set; }

    public string? EntryDecidedBy { get; private set; }

    /// The coordinator's reason for accepting or declining (their judgement on the criteria left to them).
    public string EntryNote { get; private set; }

    /// The evaluator (a user with the Quality Mark Evaluator role) and the day they were allocated.
    public Guid? EvaluatorId { get; private set; }

    public DateOnly? AllocatedOn { get; private set; }

    /// The level code the evaluator recommends, or null for "not yet" (once RecommendedOn is set).
    public string? RecommendedLevel { get; private set; }

    public DateOnly? RecommendedOn { get; private set; }

    public string Recommendation { get; private set; }

    /// The level code awarded, the day, and the certificate's reference (CertificateReference).
    public string? Level { get; private set; }

    public DateOnly? AwardedOn { get; private set; }

    public string? CertificateReference { get; private set; }

    /// Whether the one appeal has been made.
    public bool Appealed { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string EndReason { get; private set; }

    public int Version { get; private set; }

    /// On the public register: awarded and not ended.
    public bool IsCurrent => Status == AccreditationStatus.Accredited;

    /// A setting applies to a cohort while it takes applications.
    public static Accreditation Apply(Cohort cohort, int settingId, string statement, string appliedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (!cohort.TakesApplicationsOn(today))
            throw new InvalidOperationException($"{cohort.Name} takes applications from {Day(cohort.ApplicationsOpenOn)} to {Day(cohort.ApplicationsCloseOn)}.");
        if (string.IsNullOrWhiteSpace(statement))
            throw new ArgumentException("Say why the setting applies.", nameof(statement));
        return new Accreditation(cohort, settingId, statement.Trim(), appliedBy, today);
    }

    /// The coordinator accepts the application into the cohort, with their judgement on the criteria left to them.
    public void Accept(string by, DateOnly on, string note)
    {
        Expect(AccreditationStatus.Applied, "accepted");
        Status = AccreditationStatus.InProgress;
        DecideEntry(by, on, note);
    }

    /// The coordinator declines the application; the reason is required, as the setting reads it.
    public void Decline(string by, DateOnly on, string reason)
    {
        Expect(AccreditationStatus.Applied, "declined");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("Give the reason the application is not accepted.", nameof(reason));
        Status = AccreditationStatus.Declined;
        DecideEntry(by, on, reason);
    }

    /// Allocates (or changes) the evaluator. The caller checks the evaluator's role and conflicts of interest.
    public void Allocate(Guid evaluatorId, DateOnly on)
    {
        if (Status is not (AccreditationStatus.InProgress or AccreditationStatus.Accredited))
            throw new InvalidOperationException($"An evaluator is allocated to an accepted setting, not to one that is {AccreditationStatuses.Label(Status).ToLowerInvariant()}.");
        EvaluatorId = evaluatorId;
        AllocatedOn = on;
        Version++;
    }

    /// The evaluator recommends a level (a code of the scheme's levels) or "not yet" (null), with their reasons.
    public void Recommend(string? level, string reasons, DateOnly on)
    {
        Expect(AccreditationStatus.InProgress, "recommended to the panel");
        if (string.IsNullOrWhiteSpace(reasons))
            throw new ArgumentException("Give the reasons for the recommendation.", nameof(reasons));
        RecommendedLevel = level;
        Recommendation = reasons.Trim();
        RecommendedOn = on;
        Status = AccreditationStatus.Recommended;
        Version++;
    }

    /// The moderation panel decides: a level (awarded, with its certificate reference) or "not yet" (null).
    public void Decide(string? level, DateOnly on, string? reference)
    {
        Expect(AccreditationStatus.Recommended, "decided by the panel");
        Conclude(level, on, reference);
    }

    /// The setting appeals a "not yet", once.
    public void Appeal()
    {
        Expect(AccreditationStatus.NotYet, "appealed");
        if (Appealed)
            throw new InvalidOperationException("The setting has already appealed this decision: there is one appeal.");
        Appealed = true;
        Status = AccreditationStatus.Appealed;
        Version++;
    }

    /// The appeal is heard: upheld with a level (awarded) or dismissed (null, "not yet" stands).
    public void HearAppeal(string? level, DateOnly on, string? reference)
    {
        Expect(AccreditationStatus.Appealed, "heard on appeal");
        Conclude(level, on, reference);
    }

    /// Ends a standing accreditation: lapsed (not renewed) or withdrawn (a rule of the scheme), with the reason.
    public void End(AccreditationStatus how, DateOnly on, string reason)
    {
        if (how is not (AccreditationStatus.Lapsed or AccreditationStatus.Withdrawn))
            throw new ArgumentException("An accreditation ends by lapsing or being withdrawn.", nameof(how));
        Expect(AccreditationStatus.Accredited, how == AccreditationStatus.Lapsed ? "marked as lapsed" : "withdrawn");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("Give the reason.", nameof(reason));
        Status = how;
        EndedOn = on;
        EndReason = reason.Trim();
        Version++;
    }

    private void Conclude(string? level, DateOnly on, string? reference)
    {
        if (level is null)
        {
            Status = AccreditationStatus.NotYet;
        }
        else
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(reference);
            Status = AccreditationStatus.Accredited;
            Level = level;
            AwardedOn = on;
            CertificateReference = reference;
        }

        Version++;
    }

    private void DecideEntry(string by, DateOnly on, string note)
    {
        EntryDecidedBy = by;
        EntryDecidedOn = on;
        EntryNote = note?.Trim() ?? "";
        Version++;
    }

    private void Expect(AccreditationStatus status, string what)
    {
        if (Status != status)
            throw new InvalidOperationException($"This cannot be {what}: it is {AccreditationStatuses.Label(Status).ToLowerInvariant()}.");
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
