using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// A cost of running a cohort other than evaluators' time (venue hire, supply cover, printing the certificates …),
/// for one setting's accreditation or for the whole cohort. Amounts are whole pence.
public sealed class SchemeCost : ITenantOwned, ILocalAuthorityOnly
{
    public const int DescriptionMaxLength = 300;

    /// £1,000,000.00: more than any one cost of a local scheme, and far inside what the column holds.
    public const long MaxPence = 100_000_000;

    private SchemeCost()
    {
        Description = "";
        RecordedBy = "";
    }

    private SchemeCost(Cohort cohort, int? accreditationId, string description, long amountPence, string recordedBy, DateTimeOffset recordedAt)
    {
        TenantId = cohort.TenantId;
        CohortId = cohort.Id;
        AccreditationId = accreditationId;
        Description = description;
        AmountPence = amountPence;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int CohortId { get; private set; }

    /// The setting's accreditation the cost is for, or null for a cost of the whole cohort.
    public int? AccreditationId { get; private set; }

    public string Description { get; private set; }

    public long AmountPence { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// Moves on each correction, so a change made from a page read before another is refused, never overwrites it.
    public int Version { get; private set; }

    public static SchemeCost Record(Cohort cohort, Accreditation? accreditation, string description, long amountPence, string recordedBy, DateTimeOffset recordedAt)
    {
        Check(cohort, accreditation, description, amountPence);
        return new SchemeCost(cohort, accreditation?.Id, description.Trim(), amountPence, recordedBy, recordedAt);
    }

    /// Puts right what was recorded (the amount, what it was for, the setting), under the rules it was recorded by.
    public void Correct(Cohort cohort, Accreditation? accreditation, string description, long amountPence)
    {
        Check(cohort, accreditation, description, amountPence);
        if (cohort.Id != CohortId)
            throw new ArgumentException("A cost stays with its cohort.", nameof(cohort));
        (AccreditationId, Description, AmountPence) = (accreditation?.Id, description.Trim(), amountPence);
        Version++;
    }

    private static void Check(Cohort cohort, Accreditation? accreditation, string description, long amountPence)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (accreditation is not null && accreditation.CohortId != cohort.Id)
            throw new ArgumentException("The setting is not in this cohort.", nameof(accreditation));
        if (string.IsNullOrWhiteSpace(description))
            throw new ArgumentException("Say what the cost was for.", nameof(description));
        if (description.Trim().Length > DescriptionMaxLength)
            throw new ArgumentException($"The description must be {DescriptionMaxLength} characters or fewer.", nameof(description));
        if (amountPence is <= 0 or > MaxPence)
            throw new ArgumentOutOfRangeException(nameof(amountPence), "Enter an amount more than £0 and at most £1,000,000.");
    }
}
