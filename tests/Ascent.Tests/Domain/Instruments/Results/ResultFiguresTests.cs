using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments.Results;

/// Bands, changes in words, checklist shares and the LA's aggregates.
public sealed class ResultFiguresTests
{
    [Theory]
    [InlineData(1, "1 (inadequate)")]
    [InlineData(2, "2 (inadequate)")]
    [InlineData(3, "3 (minimal)")]
    [InlineData(4, "4 (minimal)")]
    [InlineData(5, "5 (good)")]
    [InlineData(6, "6 (good)")]
    [InlineData(7, "7 (excellent)")]
    public void ItemScores_HaveTheCommonBands(int score, string text) => Assert.Equal(text, ScoreBands.Describe(score));

    [Theory]
    [InlineData("2.99", "2.99 (inadequate)")]
    [InlineData("3.00", "3.00 (minimal)")]
    [InlineData("4.99", "4.99 (minimal)")]
    [InlineData("5.00", "5.00 (good)")]
    [InlineData("6.99", "6.99 (good)")]
    [InlineData("7.00", "7.00 (excellent)")]
    public void Means_TakeTheBandOfTheWholeScoresBelowThem(string mean, string text) =>
        Assert.Equal(text, ScoreBands.Describe(decimal.Parse(mean, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Changes_AreInWords()
    {
        Assert.Equal("Up from 3 to 5", ScoreChange.Of(3, 5).Text);
        Assert.Equal("Down from 5 to 2", ScoreChange.Of(5, 2).Text);
        Assert.Equal("Same (4)", ScoreChange.Of(4, 4).Text);
        Assert.Equal("Not scored last time", ScoreChange.Of(null, (int?)4).Text);
        Assert.Equal("Not scored this time", ScoreChange.Of(4, (int?)null).Text);
        Assert.Equal("Up from 3.40 to 4.25", ScoreChange.Of(3.4m, 4.25m).Text);
        Assert.Equal("Up from Partly met to Met", ScoreChange.Of(ChecklistAnswer.PartlyMet, ChecklistAnswer.Met).Text);
        Assert.Equal(ChangeDirection.Down, ScoreChange.Of(ChecklistAnswer.Met, ChecklistAnswer.NotMet).Direction);
        Assert.Equal(ChangeDirection.NotCompared, ScoreChange.Of(ChecklistAnswer.NotApplicable, ChecklistAnswer.Met).Direction);
    }

    [Fact]
    public void ChecklistShare_IsOfTheItemsThatApply_PartlyMetIsNotMet()
    {
        var figures = ChecklistFigures.Of([ChecklistAnswer.Met, ChecklistAnswer.Met, ChecklistAnswer.PartlyMet, ChecklistAnswer.NotMet, ChecklistAnswer.NotApplicable, null]);
        Assert.Equal(new ChecklistFigures(2, 1, 1, 1, 1), figures);
        Assert.Equal(50.00m, figures.PercentMet);
        Assert.Equal("2 of 4 met (50%)", figures.Summary);
        Assert.Null(ChecklistFigures.Of([ChecklistAnswer.NotApplicable]).PercentMet);
    }

    [Fact]
    public void Aggregates_ASettingsFigureIsTheMeanOfEachRoomsLatest()
    {
        var totals = new List<AuditTotal>
        {
            new(1, 10, 100, "ecers-3", new DateOnly(2025, 10, 1), 3.00m),
            new(2, 10, 100, "ecers-3", new DateOnly(2026, 10, 1), 4.50m), // room 100's latest
            new(3, 10, 101, "ecers-3", new DateOnly(2026, 6, 1), 5.25m),  // room 101's latest
            new(4, 11, 110, "ecers-3", new DateOnly(2026, 11, 2), 6.00m),
            new(5, 12, null, "safeguarding", new DateOnly(2026, 9, 1), 75.00m),
        };

        var figures = AuditAggregates.PerSetting(totals).OrderBy(f => f.SettingId).ToList();

        Assert.Equal(new SettingFigure(10, "ecers-3", 4.88m, new DateOnly(2026, 10, 1), 2), figures[0]); // (4.50 + 5.25) / 2 = 4.875
        Assert.Equal(6.00m, figures[1].Value);

        var groups = AuditAggregates.PerGroup(figures, id => id == 12 ? null : "North");
        Assert.Equal([new GroupMean("ecers-3", "North", 5.44m, 2), new GroupMean("safeguarding", null, 75.00m, 1)], groups);

        // School years: 2025 to 2026 holds audits 1 and 3; 2026 to 2027 audits 2 and 4.
        var cohorts = AuditAggregates.PerCohort(totals).Where(c => c.InstrumentCode == "ecers-3").ToList();
        Assert.Equal([new CohortMean("ecers-3", 2026, 5.25m, 2, 2), new CohortMean("ecers-3", 2025, 4.13m, 2, 1)], cohorts);
        Assert.Equal("2025 to 2026", AuditAggregates.SchoolYearName(2025));
    }
}
