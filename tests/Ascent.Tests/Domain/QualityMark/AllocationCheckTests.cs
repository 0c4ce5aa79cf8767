using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class AllocationCheckTests
{
    private const string Training = "Two half-day training sessions in the scheme's processes";

    [Fact]
    public void AConflictedEvaluator_IsRefused_NamingTheSettingAndTheConflict()
    {
        var (verdict, message) = AllocationCheck.Of(new("Ruth Evans", true, true, ["Worked there until 2025"]), "Little Acorns Day Nursery", Training);
        Assert.Equal(AllocationVerdict.Refused, verdict);
        Assert.StartsWith("Ruth Evans has a conflict of interest with Little Acorns Day Nursery: Worked there until 2025.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SomeoneWithoutTheRole_IsRefused_EvenIfTrained() =>
        Assert.Equal(AllocationVerdict.Refused, AllocationCheck.Of(new("Ann Adviser", false, true, []), "Oak Tree", Training).Verdict);

    [Fact]
    public void AnUntrainedEvaluator_NeedsTheCoordinatorsConfirmation_NamingTheTraining()
    {
        var (verdict, message) = AllocationCheck.Of(new("Owen Price", true, false, []), "Oak Tree", Training);
        Assert.Equal(AllocationVerdict.NeedsConfirmation, verdict);
        Assert.Contains(Training, message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrainedEvaluatorWithNoConflict_IsAllowed() =>
        Assert.Equal(AllocationVerdict.Allowed, AllocationCheck.Of(new("Owen Price", true, true, []), "Oak Tree", Training).Verdict);

    [Theory]
    [InlineData(10, ServiceLevelState.Met)]
    [InlineData(30, ServiceLevelState.Met)]
    [InlineData(31, ServiceLevelState.NotMet)]
    public void TheFirstVisit_MeetsTheServiceLevel_WhenHeldByTheDayItIsDue(int afterDays, ServiceLevelState expected)
    {
        var allocated = new DateOnly(2026, 10, 1);
        var (state, dueBy) = FirstVisitLevel.Of(allocated, 30, [allocated.AddDays(afterDays), allocated.AddDays(60)], new DateOnly(2026, 12, 31));
        Assert.Equal((expected, new DateOnly(2026, 10, 31)), (state, dueBy));
    }

    [Fact]
    public void WithNoVisitHeld_TheFirstVisitIsDue_UntilTheDayPasses()
    {
        var allocated = new DateOnly(2026, 10, 1);
        Assert.Equal(ServiceLevelState.Due, FirstVisitLevel.Of(allocated, 30, [], new DateOnly(2026, 10, 31)).State);
        Assert.Equal(ServiceLevelState.NotMet, FirstVisitLevel.Of(allocated, 30, [], new DateOnly(2026, 11, 1)).State);
        // A visit held before the allocation was not this evaluator's first visit.
        Assert.Equal(ServiceLevelState.Due, FirstVisitLevel.Of(allocated, 30, [new DateOnly(2026, 9, 1)], new DateOnly(2026, 10, 2)).State);
    }
}
