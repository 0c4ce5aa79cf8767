using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.Instruments.Questionnaires;

public sealed class QuestionnaireRoundTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static QuestionnaireRound NewRound(out string token)
    {
        var setting = new Setting(1, "EY000001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);
        var audit = new Audit(setting, null, LikertExample.Instrument, AuditMode.ItemScores, Today, "Olu Owner", Now);
        (var round, token) = QuestionnaireRound.Start(audit, LikertExample.Instrument, Today.AddDays(14), Now);
        return round;
    }

    [Fact]
    public void AnswersAreTaken_UntilTheEndOfTheClosingDay()
    {
        var round = NewRound(out var token);
        Assert.Equal(QuestionnaireRound.HashToken(token), round.TokenHash);
        Assert.True(round.IsOpenOn(Today.AddDays(14)));
        Assert.False(round.IsOpenOn(Today.AddDays(15)));

        var sheet = round.Answer(LikertExample.Response("rooms", 4, null, 2), "Answered online", Today, Now);
        Assert.Equal(SheetKind.Respondent, sheet.Kind);
        Assert.Equal("rooms", sheet.RespondentGroup);
        Assert.Null(sheet.PersonId);
        Assert.Equal([("1", 4), ("3", 2)], sheet.Answers.Select(a => (a.ItemNumber, a.Score!.Value)));
        Assert.Throws<InvalidOperationException>(() => round.Answer(LikertExample.Response("rooms", 4, null, null), "Answered online", Today.AddDays(15), Now));
    }

    [Fact]
    public void Closing_FinishesTheAudit_WithTheOverallMean_AndTakesNoMoreAnswers()
    {
        var round = NewRound(out _);
        round.Close("Olu Owner", Now, LikertResults.Of(LikertExample.Instrument, LikertExample.Responses));
        Assert.True(round.Audit.IsLocked);
        Assert.Equal(3.58m, round.Audit.Total);
        Assert.False(round.IsOpenOn(Today));
        Assert.Throws<InvalidOperationException>(() => round.Answer(LikertExample.Response("rooms", 4, null, null), "Entered from paper", Today, Now));
        Assert.Throws<InvalidOperationException>(() => round.NewLink(Now));
    }

    [Fact]
    public void ANewLink_ReplacesTheOld()
    {
        var round = NewRound(out var first);
        var second = round.NewLink(Now);
        Assert.NotEqual(first, second);
        Assert.Equal(QuestionnaireRound.HashToken(second), round.TokenHash);
    }

    [Fact]
    public void OnlyAQuestionnaire_CanHaveARound()
    {
        var setting = new Setting(1, "EY000001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);
        var checklist = InstrumentLoader.Parse("""
            code: a-checklist
            name: A checklist
            version: "1"
            applies_to: setting
            scoring: checklist
            licence: Test data.
            subscales:
              - { code: one, name: One, items: [ { number: "1", name: A thing } ] }
            """, "checklist.yaml");
        var audit = new Audit(setting, null, checklist, AuditMode.ItemScores, Today, "Olu Owner", Now);
        Assert.Throws<ArgumentException>(() => QuestionnaireRound.Start(audit, checklist, Today, Now));
    }
}
