using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// One entry criterion as Ascent checked it when the coordinator accepted or declined an application: kept with the
/// decision, so the record shows what the coordinator saw even after the setting's inspection, self-evaluation, plan
/// or cases change (the live check on the page moves on with them).
public sealed class EntryCriterionRecord : ISettingOwned
{
    public const int NameMaxLength = 300;
    public const int ReasonMaxLength = 1000;

    private EntryCriterionRecord()
    {
        Name = "";
        Reason = "";
    }

    public EntryCriterionRecord(Accreditation accreditation, int position, CriterionResult result, DateOnly checkedOn)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        ArgumentNullException.ThrowIfNull(result);
        TenantId = accreditation.TenantId;
        SettingId = accreditation.SettingId;
        AccreditationId = accreditation.Id;
        Position = position;
        Name = Cut(result.Criterion.Name, NameMaxLength);
        Outcome = result.Outcome;
        Reason = Cut(result.Reason, ReasonMaxLength);
        CheckedOn = checkedOn;
    }

    public long Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AccreditationId { get; private set; }

    public int Position { get; private set; }

    /// The criterion's name as the scheme gave it then (a later version of the scheme may word it otherwise).
    public string Name { get; private set; }

    public CriterionOutcome Outcome { get; private set; }

    public string Reason { get; private set; }

    public DateOnly CheckedOn { get; private set; }

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}

public static class CriterionOutcomes
{
    public static string Label(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "Met",
        CriterionOutcome.NotMet => "Not met",
        CriterionOutcome.ForCoordinator => "For the coordinator",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// The GOV.UK tag colour of an outcome.
    public static string Colour(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "green",
        CriterionOutcome.NotMet => "red",
        _ => "yellow",
    };

    /// The GOV.UK tag colour of an accreditation's status (AccreditationStatuses.TagClass without its prefix).
    public static string StatusColour(AccreditationStatus status) =>
        AccreditationStatuses.TagClass(status).Replace("govuk-tag--", "", StringComparison.Ordinal);
}
