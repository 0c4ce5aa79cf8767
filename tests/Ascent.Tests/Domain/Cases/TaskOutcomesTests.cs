using Ascent.Web.Domain.Cases;

namespace Ascent.Tests.Domain.Cases;

public sealed class TaskOutcomesTests
{
    [Theory]
    [InlineData(TaskOutcome.Sufficient, "sufficient")]
    [InlineData(TaskOutcome.Insufficient, "insufficient")]
    [InlineData(TaskOutcome.CancelledBySetting, "cancelled-by-setting")]
    public void EachOutcome_IsStoredByTheCodeItAlwaysHad(TaskOutcome outcome, string code)
    {
        Assert.Equal(code, outcome.Code());
        Assert.Equal(outcome, TaskOutcomes.Parse(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Sufficient")]
    [InlineData("good")]
    public void Parse_AnythingElse_IsNull(string? code) => Assert.Null(TaskOutcomes.Parse(code));

    [Fact]
    public void ParseProgress_TakesOnlyAVisitsProgress()
    {
        Assert.Equal(TaskOutcome.Insufficient, TaskOutcomes.ParseProgress("insufficient"));
        Assert.Null(TaskOutcomes.ParseProgress("cancelled-by-setting"));
    }

    [Theory]
    [InlineData("funding-withdrawal-review", true)]
    [InlineData("visit-3", true)]
    [InlineData("cancellations-20260901", true)]
    [InlineData("contact-setting", false)]
    [InlineData("allocate-adviser", false)]
    public void TaskKeys_ThatAscentGives_AreReserved(string key, bool reserved) => Assert.Equal(reserved, TaskKeys.IsReserved(key));

    [Fact]
    public void TaskKeys_AreTheStringsStoredBefore()
    {
        Assert.Equal("visit-12", TaskKeys.Visit(12));
        Assert.Equal("cancellations-20260901", TaskKeys.Cancellations(new DateOnly(2026, 9, 1)));
    }
}
