namespace Ascent.Web.Infrastructure;

/// The names of the authorization policies. Each area's pages say who each policy admits (Pages/<Area>/<Area>Access.cs);
/// the two shared by several areas are defined in AscentServices.
public static class Policies
{
    public const string ManagePeople = "ManagePeople";
    public const string AuditTrail = "AuditTrail";
    public const string Imports = "Imports";

    /// The e-mail outbox: what was sent, what is waiting and what failed.
    public const string EmailOutbox = "EmailOutbox";
    public const string SystemAdministration = "SystemAdministration";
    public const string LocalAuthorityStaff = "LocalAuthorityStaff";
    public const string EditGroupings = "EditGroupings";

    /// Closing cases, the LA overview: managers and Senior Improvement Advisers.
    public const string ManageCases = "ManageCases";
    public const string EditContacts = "EditContacts";

    /// A setting's rooms: its owner and manager, and the LA staff who keep the register.
    public const string EditRooms = "EditRooms";

    /// Leuven screening of a setting's children: the setting's own staff only (names and scores are theirs).
    public const string RecordScreening = "RecordScreening";
    public const string ViewFunding = "ViewFunding";

    /// Only the Improvement and Standards Manager confirms or rejects a funding proposal (Kent strategy, section 3).
    public const string DecideFunding = "DecideFunding";
    public const string FundingLetterTemplate = "FundingLetterTemplate";

    /// Seeing visits and issued notes: LA staff, and a setting's own staff for its visits.
    public const string Visits = "Visits";

    /// Planning, changing and writing up visits: LA staff.
    public const string PlanVisits = "PlanVisits";

    /// The setting's part before a visit, cancelling on the setting's behalf, acknowledging a note: its leaders.
    public const string PrepareVisits = "PrepareVisits";

    public const string NoteTemplates = "NoteTemplates";

    /// The LA's own wording beside each area of the self-evaluation: the same people as the note templates.
    public const string SelfEvaluationGuidance = "SelfEvaluationGuidance";
}
