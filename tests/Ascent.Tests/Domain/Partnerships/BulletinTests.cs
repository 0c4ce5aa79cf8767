using Ascent.Web.Domain.Partnerships;

namespace Ascent.Tests.Domain.Partnerships;

public sealed class BulletinTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Bulletin Draft() => new(1, new BulletinText(" Title ", "Summary", "Body"), BulletinTarget.All, "Ada", At);

    [Fact]
    public void Send_IsOnce_AndASentBulletinIsNeitherChangedNorDeleted()
    {
        var bulletin = Draft();
        bulletin.Send([(5, "Acorn"), (5, "Acorn"), (6, "Bramble")], 4, "Ada", At);
        Assert.Equal(["Acorn", "Bramble"], bulletin.Recipients.Select(r => r.Name));
        Assert.Equal((4, 1), (bulletin.PeopleReached, bulletin.Version));
        Assert.Throws<InvalidOperationException>(() => bulletin.Send([(7, "Cedar")], 1, "Ada", At));
        Assert.Throws<InvalidOperationException>(() => bulletin.Edit(new BulletinText("New", "S", "B"), BulletinTarget.All));
        Assert.Throws<InvalidOperationException>(bulletin.EnsureDeletable);
    }

    [Fact]
    public void Send_ToNoSetting_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => Draft().Send([], 0, "Ada", At));
    }

    [Fact]
    public void Edit_ReturnsFalseWhenNothingChanges_AndChecksTheAudience()
    {
        var bulletin = Draft();
        Assert.False(bulletin.Edit(new BulletinText("Title", "Summary", "Body"), BulletinTarget.All));
        Assert.True(bulletin.Edit(new BulletinText("Title", "Summary", "Body"), new BulletinTarget(BulletinAudience.Locality, "North", null, "Settings in North")));
        Assert.Equal(("North", 1), (bulletin.AudienceValue, bulletin.Version));
        Assert.Throws<ArgumentException>(() => bulletin.Edit(new BulletinText("T", "S", "B"), new BulletinTarget(BulletinAudience.Partnership, null, null, "?")));
        Assert.Throws<ArgumentException>(() => bulletin.Edit(new BulletinText("T", "S", "B"), new BulletinTarget(BulletinAudience.Sector, null, null, "?")));
    }
}

public sealed class BulletinBodyTests
{
    [Fact]
    public void Paragraphs_KeepLines_AndMakeHttpsAddressesLinks_WithoutTheSentencesFullStop()
    {
        var paragraphs = BulletinBody.Paragraphs("One <b>line</b>\nTwo: https://example.org/a?b=1.\r\n\r\n\nhttp://plain.example and javascript:alert(1)");
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(2, paragraphs[0].Count);
        Assert.Equal([new BodyPart("One <b>line</b>", false)], paragraphs[0][0]);
        Assert.Equal([new BodyPart("Two: ", false), new BodyPart("https://example.org/a?b=1", true), new BodyPart(".", false)], paragraphs[0][1]);
        Assert.All(paragraphs[1][0], p => Assert.False(p.IsLink));
    }

    [Fact]
    public void PlainText_IsTheBodyAsWritten()
    {
        Assert.Equal("A\nB\n\nSee https://x.example.", BulletinBody.PlainText("A\nB\n\n\n See https://x.example. "));
    }
}

public sealed class NetworkQuestionTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly NetworkAuthor Jo = new(Guid.NewGuid(), "Jo Clarke", 3, "Little Acorns");

    [Fact]
    public void AQuestion_IsOpenUntilAnswered_AndOpenAgainWhenItsOnlyAnswerIsHidden()
    {
        var question = new NetworkQuestion(1, 2, Jo, "Who has a form?", At);
        Assert.True(question.IsOpen);
        question.Answer(Jo with { Name = "Gareth Lewis", SettingId = null, From = "Northfield" }, "We do.", At);
        Assert.True(question.IsAnswered);
        Assert.False(question.IsOpen);
        question.HideAnswer(question.Answers[0].Id, "Lead", "Off topic", At);
        Assert.True(question.IsOpen);
        Assert.Equal(("Lead", "Off topic"), (question.Answers[0].Hidden!.By, question.Answers[0].Hidden!.Reason));
    }

    [Fact]
    public void AHiddenQuestion_TakesNoAnswers_AndNeedsAReason()
    {
        var question = new NetworkQuestion(1, 2, Jo, "Off topic?", At);
        Assert.Throws<ArgumentException>(() => question.Hide("Lead", " ", At));
        question.Hide("Lead", "Not for the network", At);
        Assert.False(question.IsOpen);
        Assert.Throws<InvalidOperationException>(() => question.Answer(Jo, "Yes", At));
        Assert.Throws<InvalidOperationException>(() => question.Hide("Lead", "Again", At));
    }

    [Fact]
    public void AQuestion_IsNeverAnonymous()
    {
        Assert.Throws<ArgumentException>(() => new NetworkQuestion(1, 2, Jo with { Name = " " }, "Who?", At));
    }
}
