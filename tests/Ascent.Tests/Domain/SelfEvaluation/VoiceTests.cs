using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.SelfEvaluation;

public sealed class VoiceTests
{
    private static readonly Framework Renewed = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory).Get("ofsted-renewed-2025");
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    private static Evaluation Draft() => Evaluation.Start(Acorn, Renewed, "Olu Owner", new DateOnly(2026, 11, 1));

    [Fact]
    public void Create_KeepsOnlyAHashOfTheToken()
    {
        var (invitation, token) = VoiceInvitation.Create(Draft(), VoiceAudience.Parent, "  Parent of Ava ", "Olu Owner", Now);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(token).Length);
        Assert.Equal(VoiceInvitation.HashToken(token), invitation.TokenHash);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal("Parent of Ava", invitation.Label);
    }

    [Fact]
    public void Answer_LeavesOutBlankAnswers_AndUsesTheLinkUp()
    {
        var draft = Draft();
        var (invitation, _) = VoiceInvitation.Create(draft, VoiceAudience.Staff, null, "Olu Owner", Now);
        var response = invitation.Answer(draft, new Dictionary<string, string?> { ["inclusion"] = " More SEND training ", ["achievement"] = "  " }, null, Now);

        Assert.Equal("More SEND training", Assert.Single(response.Answers).Text);
        Assert.Equal(VoiceAudience.Staff, response.Audience);
        Assert.Equal(VoiceState.Answered, invitation.StateFor(draft));
        Assert.Throws<InvalidOperationException>(() => invitation.Answer(draft, new Dictionary<string, string?> { ["inclusion"] = "Again" }, null, Now));
        Assert.Throws<InvalidOperationException>(() => invitation.Close(draft, "Olu Owner", Now));
    }

    [Fact]
    public void Answer_WithNothingSaid_OrAnAreaNotInTheSelfEvaluation_IsRefused()
    {
        var draft = Draft();
        var (invitation, _) = VoiceInvitation.Create(draft, VoiceAudience.Parent, null, "Olu Owner", Now);
        Assert.Throws<ArgumentException>(() => invitation.Answer(draft, new Dictionary<string, string?> { ["inclusion"] = " " }, " ", Now));
        Assert.Throws<ArgumentException>(() => invitation.Answer(draft, new Dictionary<string, string?> { ["overall"] = "Lovely" }, null, Now));
        Assert.Equal(VoiceState.Waiting, invitation.StateFor(draft));
    }

    [Fact]
    public void ALink_IsClosedBySetting_OrExpiresWhenTheSelfEvaluationIsFinished()
    {
        var draft = Draft();
        var (closed, _) = VoiceInvitation.Create(draft, VoiceAudience.Parent, null, "Olu Owner", Now);
        var (waiting, _) = VoiceInvitation.Create(draft, VoiceAudience.Parent, null, "Olu Owner", Now);
        closed.Close(draft, "Olu Owner", Now);
        Assert.Equal(VoiceState.Closed, closed.StateFor(draft));

        draft.Finish("Olu Owner", new DateOnly(2026, 11, 3));
        Assert.Equal(VoiceState.Expired, waiting.StateFor(draft));
        Assert.Throws<InvalidOperationException>(() => waiting.Answer(draft, new Dictionary<string, string?> { ["inclusion"] = "Late" }, null, Now));
        Assert.Throws<InvalidOperationException>(() => VoiceInvitation.Create(draft, VoiceAudience.Staff, null, "Olu Owner", Now));
    }

    [Fact]
    public void Summary_CountsByAudience_AndGroupsEachAreasAnswers()
    {
        var draft = Draft();
        var responses = new[] { (VoiceAudience.Parent, "Warm welcome"), (VoiceAudience.Staff, "Training"), (VoiceAudience.Parent, "Lovely garden") }
            .Select(x =>
            {
                var (invitation, _) = VoiceInvitation.Create(draft, x.Item1, null, "Olu Owner", Now);
                return invitation.Answer(draft, new Dictionary<string, string?> { ["inclusion"] = x.Item2 }, null, Now);
            }).ToList();
        var summary = new VoiceSummary(responses);

        Assert.Equal("3 responses: 2 parents, 1 member of staff", summary.Describe());
        Assert.Equal("No responses yet", VoiceSummary.Empty.Describe());
        Assert.Equal("1 response: 1 parent", new VoiceSummary(responses.Take(1)).Describe());
        var groups = summary.ForArea("inclusion");
        Assert.Equal([VoiceAudience.Parent, VoiceAudience.Staff], groups.Select(g => g.Audience));
        Assert.Equal(["Warm welcome", "Lovely garden"], groups[0].Answers);
        Assert.Empty(summary.ForArea("achievement"));
        Assert.Equal(3, summary.CountForArea("inclusion"));
    }
}
