using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Results;

/// Which goals an audit suggests, and in what words.
public sealed class GoalSuggestionsTests
{
    private static readonly InstrumentCatalogue Catalogue = InstrumentCatalogue.LoadFromDirectory(
        Path.Combine(Path.GetDirectoryName(Frameworks.FrameworkFiles.ShippedDirectory)!, "instruments"));

    [Fact]
    public void Rating_TheItemsBelowGood_LowestFirst_AtMostFive_ThenTheLowestSubscale()
    {
        var ecers = Catalogue.Get("ecers-3");
        // Every item 5 but: 14 scores 2, 12 scores 3, 30 scores 1, 3 scores 4, 20 scores 3, 25 scores 4, 8 not applicable.
        var scores = ecers.Items.ToDictionary(i => i.Number, i => (int?)5);
        (scores["14"], scores["12"], scores["30"], scores["3"], scores["20"], scores["25"], scores["8"]) = (2, 3, 1, 4, 3, 4, null);
        var means = ScoreMeans.Of(ecers, scores);

        var suggestions = GoalSuggestions.ForRating(ecers, scores, means, "when Pre-school is next rated");

        // 30 (1), 14 (2), 12 then 20 (3, in the instrument's order), 3 (4); 25 (4) is the sixth and left out.
        Assert.Equal(["item-30", "item-14", "item-12", "item-20", "item-3", "subscale-language-and-literacy"], suggestions.Select(s => s.Key));
        var books = suggestions[1];
        Assert.Equal("Raise 'Staff use of books with children' from 2 (inadequate) to at least 5 (good)", books.Outcome);
        Assert.Equal("Item 14 'Staff use of books with children' scores 5 or more when Pre-school is next rated.", books.SuccessMeasure);
        Assert.True(books.High);
        Assert.False(suggestions[2].High);
        // Language and Literacy: 5, 3, 2, 5, 5 = 20 / 5 = 4.00, the lowest subscale.
        Assert.Equal("Raise 'Language and Literacy' from 4.00 (minimal) to at least 5.00 (good)", suggestions[^1].Outcome);
        Assert.Equal("Subscale: Language and Literacy", suggestions[^1].About);
    }

    [Fact]
    public void Rating_AllGood_SuggestsNothing()
    {
        var sstew = Catalogue.Get("sstew");
        var scores = sstew.Items.ToDictionary(i => i.Number, i => (int?)6);
        Assert.Empty(GoalSuggestions.ForRating(sstew, scores, ScoreMeans.Of(sstew, scores), "at the next audit"));
    }

    [Fact]
    public void Rating_NoSubscaleBelowGood_SuggestsItemsOnly()
    {
        var sstew = Catalogue.Get("sstew");
        var scores = sstew.Items.ToDictionary(i => i.Number, i => (int?)7);
        scores["5"] = 4;
        var suggestions = GoalSuggestions.ForRating(sstew, scores, ScoreMeans.Of(sstew, scores), "at the next audit");
        Assert.Equal(["item-5"], suggestions.Select(s => s.Key));
    }

    [Fact]
    public void Checklist_NotMetFirst_ThenPartlyMet_InTheInstrumentsOrder()
    {
        var audit = Catalogue.Get("safeguarding-and-welfare-requirements");
        var answers = audit.Items.ToDictionary(i => i.Number, i => (ChecklistAnswer?)ChecklistAnswer.Met);
        (answers["2"], answers["5"], answers["7"], answers["9"], answers["10"]) = (ChecklistAnswer.PartlyMet, ChecklistAnswer.NotMet, ChecklistAnswer.PartlyMet, ChecklistAnswer.NotMet, ChecklistAnswer.NotApplicable);

        var suggestions = GoalSuggestions.ForChecklist(audit, answers, "at the next audit");

        Assert.Equal(["item-5", "item-9", "item-2", "item-7"], suggestions.Select(s => s.Key));
        Assert.Equal([true, true, false, false], suggestions.Select(s => s.High));
        Assert.StartsWith("Fully meet: Suitability checks", suggestions[0].Outcome, StringComparison.Ordinal);
        Assert.Equal("Item 5 is met, with the evidence seen, at the next audit.", suggestions[0].SuccessMeasure);
    }
}
