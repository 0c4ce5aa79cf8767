using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// An evaluator's time and conflicts of interest guard themselves: time for the allocated evaluator only, some time up
/// to a day, never in the future; a conflict removed once, with a reason, and kept.
public sealed class EvaluatorTimeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid Ruth = Guid.NewGuid();
    private static readonly Guid Owen = Guid.NewGuid();

    private static Accreditation Allocated()
    {
        var root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;
        var scheme = SchemeLibrary.LoadFromDirectory(Path.Combine(root, "quality-marks"),
            FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory), InstrumentCatalogue.LoadFromDirectory(Path.Combine(root, "instruments"))).Shipped[0].Definition;
        var cohort = Cohort.Open(1, scheme, "2026 to 2027", new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null, "Nadia Brooks", At);
        var accreditation = Accreditation.Apply(cohort, 7, "We reflect.", "Jo Clarke", Today);
        accreditation.Accept("Nadia Brooks", Today, "");
        accreditation.Allocate(Ruth, Today);
        return accreditation;
    }

    [Fact]
    public void TimeIsLogged_ForTheAllocatedEvaluatorOnly()
    {
        var accreditation = Allocated();
        Assert.Equal(90, EvaluatorTime.Log(accreditation, Ruth, "Ruth Evans", Today, 90, EvaluatorActivity.Visit, null, "Ruth Evans", At, Today).Minutes);
        Assert.Throws<InvalidOperationException>(() => EvaluatorTime.Log(accreditation, Owen, "Owen Price", Today, 90, EvaluatorActivity.Visit, null, "Owen Price", At, Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(24 * 60 + 1)]
    public void NoTime_OrMoreThanADay_IsRefused(int minutes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluatorTime.Log(Allocated(), Ruth, "Ruth Evans", Today, minutes, EvaluatorActivity.Report, null, "Ruth Evans", At, Today));

    [Fact]
    public void TimeOnADayToCome_IsRefused() =>
        Assert.Throws<ArgumentException>(() => EvaluatorTime.Log(Allocated(), Ruth, "Ruth Evans", Today.AddDays(1), 60, EvaluatorActivity.Report, null, "Ruth Evans", At, Today));

    [Theory]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(150, "2 hours 30 minutes")]
    [InlineData(61, "1 hour 1 minute")]
    public void ADuration_ReadsInHoursAndMinutes(int minutes, string expected) => Assert.Equal(expected, EvaluatorTime.Duration(minutes));

    [Fact]
    public void AConflict_IsRemovedOnceWithAReason_AndKept()
    {
        var conflict = EvaluatorConflict.Record(1, Ruth, 7, " Her sister manages the setting ", "Nadia Brooks", At);
        Assert.True(conflict.IsCurrent);
        Assert.Equal("Her sister manages the setting", conflict.Reason);
        Assert.Throws<ArgumentException>(() => conflict.Remove("Nadia Brooks", At, " "));
        conflict.Remove("Nadia Brooks", At.AddDays(1), "Her sister left in October");
        Assert.False(conflict.IsCurrent);
        Assert.Equal(("Nadia Brooks", "Her sister left in October"), (conflict.RemovedBy, conflict.RemovalReason));
        Assert.Throws<InvalidOperationException>(() => conflict.Remove("Nadia Brooks", At, "Again"));
    }
}
