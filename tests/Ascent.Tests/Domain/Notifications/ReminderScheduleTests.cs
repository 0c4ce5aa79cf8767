using Ascent.Web.Domain.Notifications;

namespace Ascent.Tests.Domain.Notifications;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly DueOn = new(2026, 12, 1);

    [Theory]
    [InlineData(-5, null, null)] // due in five days
    [InlineData(-1, ReminderKinds.DueTomorrow, 0)]
    [InlineData(0, null, null)] // due today
    [InlineData(1, ReminderKinds.Overdue, 1)]
    [InlineData(2, ReminderKinds.Overdue, 1)]
    [InlineData(7, ReminderKinds.Overdue, 1)]
    [InlineData(8, ReminderKinds.Overdue, 8)]
    [InlineData(14, ReminderKinds.Overdue, 8)]
    [InlineData(15, ReminderKinds.Overdue, 15)]
    public void ReminderFor_RemindsTheDayBefore_ThenOnTheFirstDayOverdue_ThenWeekly(int daysAfterDue, string? kind, int? onDaysAfterDue)
    {
        var reminder = ReminderSchedule.ReminderFor("visit", DueOn, DueOn.AddDays(daysAfterDue));
        if (kind is null)
        {
            Assert.Null(reminder);
            return;
        }

        Assert.Equal((kind, DueOn.AddDays(onDaysAfterDue!.Value)), reminder);
    }

    [Fact]
    public void ReminderFor_AnAllocationPastItsDeadline_IsAMissedAllocation()
    {
        Assert.Equal((ReminderKinds.AllocationMissed, DueOn.AddDays(1)), ReminderSchedule.ReminderFor("allocation", DueOn, DueOn.AddDays(3)));
        Assert.Equal((ReminderKinds.DueTomorrow, DueOn), ReminderSchedule.ReminderFor("allocation", DueOn, DueOn.AddDays(-1)));
    }
}
