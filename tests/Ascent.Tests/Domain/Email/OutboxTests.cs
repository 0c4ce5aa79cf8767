using Ascent.Web.Domain.Email;

namespace Ascent.Tests.Domain.Email;

public sealed class OutboxTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(9, 60)]
    public void DelayAfter_DoublesFromAMinute_UpToAnHour(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxRetry.DelayAfter(attempts));

    [Theory]
    [InlineData(OutboxRetry.MaxAttempts)]
    [InlineData(OutboxRetry.MaxAttempts + 1)] // tried again by an administrator after it had failed
    public void DelayAfter_TheLastAttempt_IsNone(int attempts) => Assert.Null(OutboxRetry.DelayAfter(attempts));

    [Fact]
    public void AClaimedMessage_IsNotDue_UntilItsLeaseEnds()
    {
        var message = new OutboxMessage(1, "Subject", "a@example.test", [1], Now);
        Assert.True(message.IsDueAt(Now));
        message.Claim(Now.AddMinutes(10));
        Assert.False(message.IsDueAt(Now.AddMinutes(9)));
        Assert.True(message.IsDueAt(Now.AddMinutes(10)));
        Assert.Equal(0, message.Attempts);
    }

    [Fact]
    public void AFailedAttempt_WaitsItsDelay_AndTheLastOneFails()
    {
        var message = new OutboxMessage(1, "Subject", "a@example.test", [1], Now);
        message.MarkFailed("Connection refused", Now, TimeSpan.FromMinutes(1));
        Assert.Equal((OutboxStatus.Pending, 1, Now.AddMinutes(1)), (message.Status, message.Attempts, message.NextAttemptAt));
        message.MarkFailed("Connection refused", Now.AddMinutes(1), null);
        Assert.Equal((OutboxStatus.Failed, 2, "Connection refused"), (message.Status, message.Attempts, message.LastError));
        Assert.False(message.IsDueAt(Now.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => message.Claim(Now.AddDays(1)));

        message.Retry(Now.AddDays(1));
        Assert.True(message.IsDueAt(Now.AddDays(1)));
        message.MarkSent(Now.AddDays(1));
        Assert.Equal((OutboxStatus.Sent, 3, (string?)null), (message.Status, message.Attempts, message.LastError));
        Assert.Throws<InvalidOperationException>(() => message.Retry(Now.AddDays(2)));
    }
}
