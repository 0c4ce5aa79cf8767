using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// A correction to a finished (locked) audit: one item's answer changed, with the old and new answers in words, the
/// reason (required), who and when. The audit is scored again after it; amendments are listed on the audit's page.
public sealed class AuditAmendment : ISettingOwned
{
    public const int ReasonMaxLength = 2000;
    public const int AnswerMaxLength = 200;

    private AuditAmendment()
    {
        ItemNumber = "";
        OldAnswer = "";
        NewAnswer = "";
        Reason = "";
        By = "";
    }

    public AuditAmendment(Audit audit, InstrumentItem item, string oldAnswer, string newAnswer, string reason, Guid? byId, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(item);
        if (!audit.IsLocked)
            throw new InvalidOperationException("Only a finished audit is amended; an audit in progress is simply changed.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("An amendment needs a reason.", nameof(reason));
        if (reason.Trim().Length > ReasonMaxLength)
            throw new ArgumentException($"The reason must be {ReasonMaxLength} characters or fewer.", nameof(reason));
        TenantId = audit.TenantId;
        SettingId = audit.SettingId;
        AuditId = audit.Id;
        ItemNumber = item.Number;
        OldAnswer = oldAnswer;
        NewAnswer = newAnswer;
        Reason = reason.Trim();
        ById = byId;
        By = by;
        At = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AuditId { get; private set; }

    public string ItemNumber { get; private set; }

    public string OldAnswer { get; private set; }

    public string NewAnswer { get; private set; }

    public string Reason { get; private set; }

    public Guid? ById { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
