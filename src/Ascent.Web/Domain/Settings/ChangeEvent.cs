using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Settings;

/// Something that changed on the register, found by comparing an import with what Ascent held. Stored in the same
/// transaction as the change (an outbox), so the support pathways react to each exactly once, even after a crash.
public sealed class ChangeEvent : ISettingOwned
{
    private ChangeEvent()
    {
        Type = "";
        Summary = "";
    }

    public ChangeEvent(int tenantId, int settingId, string type, string summary, string? payload, DateTimeOffset occurredAt, long? importRunId)
    {
        TenantId = tenantId;
        SettingId = settingId;
        Type = type;
        Summary = summary;
        Payload = payload;
        OccurredAt = occurredAt;
        ImportRunId = importRunId;
    }

    public long Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    /// One of ChangeEventTypes.
    public string Type { get; private set; }

    public string Summary { get; private set; }

    /// JSON with the details a consumer needs (grades, dates), so it does not re-read a register that moved on.
    public string? Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public long? ImportRunId { get; private set; }

    /// Set by the consumer (the pathway engine) in the transaction that acts on the event.
    public DateTimeOffset? ProcessedAt { get; private set; }

    public void MarkProcessed(DateTimeOffset at) => ProcessedAt ??= at;

    /// The judgement a new-judgement event carries; null for any other event or a payload nothing could match.
    /// The one place a judgement event's JSON is read (the pathway engine and the funding rules both call it).
    public JudgementPayload? ReadJudgement() => Type == ChangeEventTypes.NewJudgement ? JudgementPayload.Read(Payload) : null;

    /// The notice an enforcement event carries; null for any other event or a kind Ascent does not know.
    public EnforcementPayload? ReadEnforcement() => Type == ChangeEventTypes.Enforcement ? EnforcementPayload.Read(Payload) : null;
}

public static class ChangeEventTypes
{
    public const string NewRegistration = "new-registration";

    /// A provider on the register for the first time in Ascent but registered before the register Ascent already held
    /// was published (a boundary change, a file that missed it): recorded, but it opens no newly-registered case.
    public const string FirstSeen = "first-seen";
    public const string NewJudgement = "new-judgement";
    public const string JudgementChanged = "judgement-changed";
    public const string LeftRegister = "left-register";
    public const string Enforcement = "enforcement";
}
