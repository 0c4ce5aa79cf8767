using System.Globalization;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.Domain.Instruments;

public sealed class ShippedInstrumentTests
{
    private static readonly InstrumentCatalogue Catalogue = InstrumentCatalogue.LoadFromDirectory(
        Path.Combine(Path.GetDirectoryName(Frameworks.FrameworkFiles.ShippedDirectory)!, "instruments"));

    [Theory]
    [InlineData("ecers-3", 35, 6, InstrumentLevel.Room, "Early childhood environment rating (compatible with ECERS-3)")]
    [InlineData("iters-3", 33, 6, InstrumentLevel.Room, "Infant and toddler environment rating (compatible with ITERS-3)")]
    [InlineData("fccers-3", 33, 6, InstrumentLevel.Setting, "Family child care environment rating (compatible with FCCERS-3)")]
    [InlineData("sstew", 14, 5, InstrumentLevel.Room, "Sustained shared thinking and emotional well-being (compatible with SSTEW)")]
    public void RatingScales_HaveThePublishedStructure_AndSayCompatibleWith(string code, int items, int subscales, InstrumentLevel level, string name)
    {
        var instrument = Catalogue.Get(code);
        Assert.Equal(ScoringRule.EnvironmentRating, instrument.Scoring);
        Assert.Equal(name, instrument.Name);
        Assert.Equal(level, instrument.AppliesTo);
        Assert.True(instrument.TwoObservers);
        Assert.Equal(items, instrument.Items.Count());
        Assert.Equal(subscales, instrument.Subscales.Count);
        Assert.Equal([.. Enumerable.Range(1, items).Select(n => n.ToString(CultureInfo.InvariantCulture))], instrument.Items.Select(i => i.Number));
        // Titles only: the publishers' indicator texts are never shipped.
        Assert.All(instrument.Items, i => Assert.Empty(i.Indicators));
        Assert.StartsWith("Item and subscale titles only.", instrument.Licence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iters-3", "1", "Indoor space", "Space and Furnishings")]
    [InlineData("iters-3", "11", "Responding to children's communication", "Language and Books")]
    [InlineData("iters-3", "29", "Providing physical warmth/touch", "Interaction")]
    [InlineData("iters-3", "33", "Group play activities", "Program Structure")]
    [InlineData("fccers-3", "1", "Indoor space used for child care", "Space and Furnishings")]
    [InlineData("fccers-3", "13", "Provider use of books with children", "Language and Books")]
    [InlineData("fccers-3", "22", "Appropriate use of screen time", "Activities")]
    [InlineData("fccers-3", "30", "Interactions among children", "Interaction")]
    [InlineData("fccers-3", "33", "Group time", "Program Structure")]
    [InlineData("ecers-3", "35", "Whole-group activities for play and learning", "Program Structure")]
    [InlineData("sstew", "10", "Encouraging sustained shared thinking through storytelling, sharing books, singing and rhymes", "Supporting learning and critical thinking")]
    [InlineData("two-year-old", "5", "Every child between two and three has a written progress check in the prime areas", "The progress check at age two")]
    [InlineData("leadership", "5", "Every member of staff has regular one-to-one supervision, recorded, with agreed actions", "Supervision and support for staff")]
    [InlineData("parents-as-partners", "8", "Parents get ideas for play, talk and books at home that follow on from the setting", "Learning at home")]
    [InlineData("safeguarding-and-welfare-requirements", "2", "A designated safeguarding lead who has had child protection training", "Child protection")]
    public void Items_HaveTheirTitles_InTheirSubscales(string code, string number, string name, string subscale)
    {
        var instrument = Catalogue.Get(code);
        var item = instrument.Item(number)!;
        Assert.Equal(name, item.Name);
        Assert.Equal(subscale, instrument.SubscaleOf(item).Name);
    }

    [Theory]
    [InlineData("safeguarding-and-welfare-requirements", 18, 7, "Safeguarding and welfare requirements audit")]
    [InlineData("two-year-old", 25, 6, "Provision for two-year-olds audit")]
    [InlineData("leadership", 24, 6, "Leadership and management audit")]
    [InlineData("parents-as-partners", 18, 5, "Parents as partners audit")]
    public void Checklists_AreWholeSettingAudits_WithGuidance(string code, int items, int subscales, string name)
    {
        var instrument = Catalogue.Get(code);
        Assert.Equal((ScoringRule.Checklist, InstrumentLevel.Setting), (instrument.Scoring, instrument.AppliesTo));
        Assert.Equal(name, instrument.Name);
        Assert.Equal(items, instrument.Items.Count());
        Assert.Equal(subscales, instrument.Subscales.Count);
        Assert.Equal([.. Enumerable.Range(1, items).Select(n => n.ToString(CultureInfo.InvariantCulture))], instrument.Items.Select(i => i.Number));
        Assert.NotEmpty(instrument.Guidance);
        Assert.StartsWith("Written for Ascent", instrument.Licence, StringComparison.Ordinal);
        Assert.False(instrument.TwoObservers);
    }

    [Fact]
    public void Checklists_AllowNotApplicableOnlyWhereTheItemSaysWhy()
    {
        foreach (var code in new[] { "two-year-old", "leadership", "parents-as-partners" })
        {
            var allowed = Catalogue.Get(code).Items.Where(i => i.NotApplicableAllowed).ToList();
            Assert.NotEmpty(allowed);
            Assert.All(allowed, i => Assert.StartsWith("Not applicable", i.Guidance, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PathwayAudits_AreShipped()
    {
        // The pathways' visit stages ask for these by code.
        foreach (var code in new[] { "two-year-old", "sstew", "safeguarding-and-welfare-requirements" })
            Assert.NotNull(Catalogue.Find(code));
    }

    [Fact]
    public void Leuven_HasTwoSeparateScalesFromOneToFive()
    {
        var leuven = Catalogue.Get("leuven");
        Assert.Equal(["wellbeing", "involvement"], leuven.Items.Select(i => i.Number));
        Assert.Equal("3 Moderate", leuven.Scale.Describe(3));
        Assert.Equal(InstrumentLevel.Child, leuven.AppliesTo);
    }

    [Fact]
    public void EveryShippedFile_KeepsItsText_ForAnLaToStartItsOwnVersionFrom()
    {
        Assert.All(Catalogue.All, i => Assert.Contains($"code: {i.Code}\n", Catalogue.FileOf(i.Code)!.ReplaceLineEndings("\n"), StringComparison.Ordinal));
    }
}
