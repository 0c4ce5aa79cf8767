using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// The end-of-cohort evaluation's rules, without a database: the shipped questionnaires, one answer per invitation,
/// nothing after closing, and answers kept as the engine counts them.
public sealed class CohortEvaluationTests
{
    private static readonly InstrumentCatalogue Catalogue = InstrumentCatalogue.LoadFromDirectory(
        Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "instruments"));

    [Theory]
    [InlineData(CohortEvaluations.SettingsInstrument, "Quality mark evaluation for settings", 11, "What changed for children")]
    [InlineData(CohortEvaluations.EvaluatorsInstrument, "Quality mark evaluation for evaluators", 8, "The moderation panel")]
    public void TheShippedEvaluations_AreFivePointQuestionnaires(string code, string name, int items, string aSubscale)
    {
        var questionnaire = Catalogue.Get(code);
        Assert.Equal(name, questionnaire.Name);
        Assert.Equal((ScoringRule.Likert, InstrumentLevel.Respondent), (questionnaire.Scoring, questionnaire.AppliesTo));
        Assert.Equal(items, questionnaire.Items.Count());
        Assert.Contains(questionnaire.Subscales, s => s.Name == aSubscale);
        Assert.Empty(questionnaire.RespondentGroups);
    }

    [Fact]
    public void AnInvitation_IsAnsweredOnce_AndNothingIsTakenOnceClosed()
    {
        var evaluation = Evaluation();
        var first = EvaluationInvitation.ToSetting(evaluation, 7, "Acorn Day Nursery");
        var second = EvaluationInvitation.ToEvaluator(evaluation, Guid.NewGuid(), "Ruth Evans");
        var response = evaluation.Answer(first, new LikertResponse(null, new Dictionary<string, int?> { ["1"] = 5, ["2"] = null, ["10"] = 3 }));

        Assert.True(first.Answered);
        Assert.Equal(EvaluationAudience.Setting, response.Audience);
        Assert.Equal("1=5;10=3;2=", response.Scores);
        Assert.Equal(new Dictionary<string, int?> { ["1"] = 5, ["10"] = 3, ["2"] = null }, response.ToLikert().Scores);
        Assert.Equal(1, evaluation.Answers);
        Assert.Throws<InvalidOperationException>(() => evaluation.Answer(first, new LikertResponse(null, new Dictionary<string, int?>())));

        evaluation.Close("Nadia Brooks", DateTimeOffset.UnixEpoch);
        Assert.False(evaluation.IsOpen);
        Assert.Throws<InvalidOperationException>(() => evaluation.Answer(second, new LikertResponse(null, new Dictionary<string, int?>())));
        Assert.False(second.Answered);
        Assert.Throws<InvalidOperationException>(() => evaluation.Close("Nadia Brooks", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void OnlyQuestionnaires_AreSent()
    {
        var cohort = Cohort();
        Assert.Throws<ArgumentException>(() => CohortEvaluation.Send(cohort, Catalogue.Get("ecers-3"), Catalogue.Get(CohortEvaluations.EvaluatorsInstrument), "Nadia Brooks", DateTimeOffset.UnixEpoch));
    }

    private static CohortEvaluation Evaluation() =>
        CohortEvaluation.Send(Cohort(), Catalogue.Get(CohortEvaluations.SettingsInstrument), Catalogue.Get(CohortEvaluations.EvaluatorsInstrument), "Nadia Brooks", DateTimeOffset.UnixEpoch);

    private static Cohort Cohort()
    {
        var root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;
        var scheme = SchemeLibrary.LoadFromDirectory(Path.Combine(root, "quality-marks"), FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory), Catalogue).Shipped[0].Definition;
        return Ascent.Web.Domain.QualityMark.Cohort.Open(1, scheme, "2026 to 2027", new DateOnly(2026, 9, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 1), null, "Nadia Brooks", DateTimeOffset.UnixEpoch);
    }
}
