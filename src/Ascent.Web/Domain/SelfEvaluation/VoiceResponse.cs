using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// What one parent or member of staff said through their link: a short answer per area, and anything else. It keeps
/// the audience so the summaries need not join the links, and no name: the setting's label stays on the link.
public sealed class VoiceResponse : ISettingOwned
{
    private VoiceResponse()
    {
    }

    internal VoiceResponse(VoiceInvitation invitation, string? overall, DateTimeOffset at)
    {
        TenantId = invitation.TenantId;
        SettingId = invitation.SettingId;
        EvaluationId = invitation.EvaluationId;
        Invitation = invitation;
        InvitationId = invitation.Id;
        Audience = invitation.Audience;
        Overall = FreeText.Trimmed(overall);
        At = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvaluationId { get; private set; }

    /// Unique: one response per link, even when the form is sent twice at once.
    public int InvitationId { get; private set; }

    public VoiceInvitation? Invitation { get; private set; }

    public VoiceAudience Audience { get; private set; }

    public string? Overall { get; private set; }

    public DateTimeOffset At { get; private set; }

    public List<VoiceAnswer> Answers { get; } = [];
}

/// One area's answer within a response.
public sealed class VoiceAnswer : ISettingOwned
{
    private VoiceAnswer()
    {
        AreaCode = "";
        Text = "";
    }

    internal VoiceAnswer(VoiceResponse response, string areaCode, string text, string? question)
    {
        Response = response;
        TenantId = response.TenantId;
        SettingId = response.SettingId;
        AreaCode = areaCode;
        Text = text;
        Question = question is null ? null : VoiceWording.Clean(question);
        FreeText.Within(Question, AreaVoiceQuestion.QuestionMaxLength);
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int ResponseId { get; private set; }

    public VoiceResponse? Response { get; private set; }

    public string AreaCode { get; private set; }

    public string Text { get; private set; }

    /// The question as it was put (null for answers given before questions were kept).
    public string? Question { get; private set; }
}
