using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Questionnaires;

public sealed class ShippedQuestionnaireTests
{
    private static readonly InstrumentCatalogue Catalogue = InstrumentCatalogue.LoadFromDirectory(
        Path.Combine(Path.GetDirectoryName(Frameworks.FrameworkFiles.ShippedDirectory)!, "instruments"));

    [Theory]
    [InlineData("staff-questionnaire", "Staff questionnaire", 6, "Practitioner or apprentice", "Leadership and vision")]
    [InlineData("parent-questionnaire", "Parent questionnaire", 6, "My child is 3 or 4", "Your child's key person")]
    public void BothQuestionnaires_AreFivePointAgreementScales_AnsweredByGroups(string code, string name, int subscales, string aGroup, string aSubscale)
    {
        var questionnaire = Catalogue.Get(code);
        Assert.Equal(name, questionnaire.Name);
        Assert.Equal(ScoringRule.Likert, questionnaire.Scoring);
        Assert.Equal(InstrumentLevel.Respondent, questionnaire.AppliesTo);
        Assert.Equal(15, questionnaire.Items.Count());
        Assert.Equal(subscales, questionnaire.Subscales.Count);
        Assert.Equal(4, questionnaire.RespondentGroups.Count);
        Assert.Contains(questionnaire.RespondentGroups, g => g.Name == aGroup);
        Assert.Contains(questionnaire.Subscales, s => s.Name == aSubscale);
        Assert.Equal((1, 5), (questionnaire.Scale.Min, questionnaire.Scale.Max));
        Assert.Equal(
            ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
            questionnaire.Scale.Labels.OrderBy(l => l.Value).Select(l => l.Label));
        Assert.Equal([.. Enumerable.Range(1, 15).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))], questionnaire.Items.Select(i => i.Number));
    }
}
