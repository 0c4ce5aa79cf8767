namespace Ascent.Web.Domain.QualityMark;

/// Where one setting is in one cohort, from its application to an award and, later, its end.
public enum AccreditationStatus
{
    /// Applied: the coordinator has still to accept or decline the application.
    Applied,

    /// The coordinator did not accept the application, with the reason.
    Declined,

    /// Accepted into the cohort: evaluator allocated (or to be), the setting builds its portfolio.
    InProgress,

    /// The evaluator has recommended a level, or "not yet", to the moderation panel.
    Recommended,

    /// The panel decided "not yet", with its reasons: the setting may appeal once.
    NotYet,

    /// The setting appealed the panel's "not yet"; someone not on the panel hears it.
    Appealed,

    /// Awarded a level, with a certificate; on the public register while it stands.
    Accredited,

    /// Not renewed in time (a review or the re-accreditation missed): off the public register.
    Lapsed,

    /// Ended early by a rule of the scheme (an inadequate judgement, a welfare requirements notice) or by the LA:
    /// off the public register.
    Withdrawn,
}

public static class AccreditationStatuses
{
    public static string Label(AccreditationStatus status) => status switch
    {
        AccreditationStatus.Applied => "Applied",
        AccreditationStatus.Declined => "Not accepted",
        AccreditationStatus.InProgress => "In progress",
        AccreditationStatus.Recommended => "With the panel",
        AccreditationStatus.NotYet => "Not yet",
        AccreditationStatus.Appealed => "Appealed",
        AccreditationStatus.Accredited => "Accredited",
        AccreditationStatus.Lapsed => "Lapsed",
        AccreditationStatus.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// The GOV.UK tag colour for a status.
    public static string TagClass(AccreditationStatus status) => status switch
    {
        AccreditationStatus.Accredited => "govuk-tag--green",
        AccreditationStatus.Declined or AccreditationStatus.Lapsed or AccreditationStatus.Withdrawn => "govuk-tag--grey",
        AccreditationStatus.NotYet or AccreditationStatus.Appealed => "govuk-tag--orange",
        AccreditationStatus.Recommended => "govuk-tag--purple",
        _ => "govuk-tag--blue",
    };
}
