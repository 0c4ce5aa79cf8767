using Ascent.Web.Domain.Instruments;
using static Ascent.Web.Domain.Instruments.ChecklistAnswer;

namespace Ascent.Tests.Domain.Instruments;

public sealed class ChecklistResultTests
{
    [Fact]
    public void ShareMet_IsMetOverTheItemsThatApply_AndPartlyMetIsNotMet()
    {
        var result = ChecklistResult.Of([Met, Met, Met, PartlyMet, NotMet, NotApplicable, null]);

        Assert.Equal(new ChecklistResult(3, 1, 1, 1, 1), result);
        Assert.Equal(5, result.Applicable);
        Assert.Equal(0.6m, result.ShareMet);
        Assert.Equal(60, result.PercentMet);
        Assert.Equal("3 of 5 items met (60%). Partly met (1) counts as not met. 1 item not applicable, left out. 1 item not answered yet.", result.Describe());
    }

    [Fact]
    public void ShareMet_IsToFourPlaces_AndThePercentWhole()
    {
        var result = ChecklistResult.Of([Met, Met, NotMet]);

        Assert.Equal(0.6667m, result.ShareMet);
        Assert.Equal(67, result.PercentMet);
        Assert.Equal("2 of 3 items met (67%).", result.Describe());
    }

    [Fact]
    public void NothingApplies_HasNoShare()
    {
        var notApplicable = ChecklistResult.Of([NotApplicable, NotApplicable]);
        Assert.Null(notApplicable.ShareMet);
        Assert.Null(notApplicable.PercentMet);
        Assert.Equal("Every item is not applicable: there is no share met.", notApplicable.Describe());

        Assert.Equal("No item answered yet: 2 items to answer.", ChecklistResult.Of([null, null]).Describe());
        Assert.Equal("1 of 1 item met (100%).", ChecklistResult.Of([Met]).Describe());
    }
}
