using Ascent.Web.Domain.Partnerships;

namespace Ascent.Tests.Domain.Partnerships;

/// The rules of a buddy pairing, without a database: who may be paired, the period, the lead's limit, goals of the
/// supported setting's own plan, visits and their shared notes, and the review that ends it.
public sealed class BuddyPairingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly BuddyLead Oak = new(BuddyLeadKind.Setting, 2, null, "Oak Tree Nursery", null);

    private static BuddyPairing Propose(BuddyLead? lead = null, DateOnly? ends = null, IReadOnlyCollection<ChosenGoal>? goals = null, int leading = 0, int limit = 2) =>
        BuddyPairing.Propose(1, 7, "Little Acorns", lead ?? Oak, "Curriculum for two-year-olds", Day, ends ?? Day.AddMonths(6), goals ?? [new ChosenGoal(40, 7, "A curriculum for twos")],
            leading, limit, "Strong in Curriculum and teaching", "Gareth Lewis", At);

    [Fact]
    public void APairing_IsProposed_WithItsGoalsAndReason()
    {
        var pairing = Propose();
        Assert.Equal(BuddyStatus.Proposed, pairing.Status);
        Assert.Equal("Oak Tree Nursery", pairing.LeadName);
        Assert.Equal(2, pairing.LeadSettingId);
        Assert.Equal("Strong in Curriculum and teaching", pairing.SuggestedBecause);
        Assert.Equal(40, Assert.Single(pairing.Goals).PlanGoalId);
        Assert.True(pairing.Involves(2) && pairing.Involves(7) && !pairing.Involves(3));
    }

    [Fact]
    public void ASetting_CannotBuddyItself()
    {
        var refused = Assert.Throws<BuddyingRefusedException>(() => Propose(new BuddyLead(BuddyLeadKind.Setting, 7, null, "Little Acorns", null)));
        Assert.Contains("cannot buddy itself", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePeriod_EndsAfterItStarts()
    {
        Assert.Contains("end after it starts", Assert.Throws<BuddyingRefusedException>(() => Propose(ends: Day)).Message, StringComparison.Ordinal);
        Assert.Throws<BuddyingRefusedException>(() => Propose(ends: Day.AddDays(-1)));
    }

    [Fact]
    public void ALeadAtTheLimit_IsRefused()
    {
        var refused = Assert.Throws<BuddyingRefusedException>(() => Propose(leading: 2, limit: 2));
        Assert.Contains("Oak Tree Nursery already buddies 2 settings, the LA's limit", refused.Message, StringComparison.Ordinal);
        Assert.NotNull(Propose(leading: 1, limit: 2));
    }

    [Fact]
    public void Goals_MustBeTheSupportedSettingsOwn()
    {
        var refused = Assert.Throws<BuddyingRefusedException>(() => Propose(goals: [new ChosenGoal(41, 9, "Another setting's goal")]));
        Assert.Contains("Little Acorns's own improvement plan", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Visits_ArePlannedInThePeriod_HeldOnceStarted_AndNotedOnceHeld()
    {
        var pairing = Propose();
        Assert.Throws<BuddyingRefusedException>(() => pairing.PlanVisit(Day.AddDays(-1)));
        var visit = pairing.PlanVisit(Day.AddDays(7));
        Assert.Contains("Start the pairing", Assert.Throws<BuddyingRefusedException>(() => pairing.RecordHeld(visit.Id, Day, Day)).Message, StringComparison.Ordinal);
        pairing.Start(Day);
        Assert.Contains("once the visit has been held", Assert.Throws<BuddyingRefusedException>(() => pairing.WriteNote(visit.Id, "We met", "Jo Clarke")).Message, StringComparison.Ordinal);
        Assert.Throws<BuddyingRefusedException>(() => pairing.RecordHeld(visit.Id, Day.AddDays(8), Day.AddDays(7)));
        pairing.RecordHeld(visit.Id, Day.AddDays(7), Day.AddDays(7));
        pairing.WriteNote(visit.Id, "  We planned together.  ", "Jo Clarke");
        Assert.Equal("We planned together.", visit.SharedNote);
        Assert.Equal("Jo Clarke", visit.NoteBy);
    }

    [Fact]
    public void TheReview_SaysWhatChangedForEveryGoal_AndEndsThePairing()
    {
        var pairing = Propose();
        pairing.Start(Day);
        var goal = pairing.Goals[0];
        Assert.Throws<BuddyingRefusedException>(() => pairing.Review([], "It helped.", "Gareth Lewis", Day.AddMonths(6)));
        Assert.Equal(BuddyStatus.Active, pairing.Status);
        Assert.Null(goal.Result);
        pairing.Review([new GoalReview(goal.Id, BuddyGoalResult.PartlyMet, "Twos now have a planned curriculum.")], "It helped.", "Gareth Lewis", Day.AddMonths(6));
        Assert.Equal(BuddyStatus.Ended, pairing.Status);
        Assert.Equal(BuddyGoalResult.PartlyMet, goal.Result);
        Assert.False(pairing.IsCurrent);
        Assert.Throws<BuddyingRefusedException>(() => pairing.PlanVisit(Day.AddDays(10)));
    }

    [Fact]
    public void TheLimit_IsBetweenOneAndTen()
    {
        var limit = new BuddyingLimit(1);
        Assert.Equal(BuddyingLimit.Default, limit.Limit);
        Assert.Throws<BuddyingRefusedException>(() => limit.Change(0));
        Assert.Throws<BuddyingRefusedException>(() => limit.Change(11));
        Assert.True(limit.Change(3));
        Assert.False(limit.Change(3));
    }
}
