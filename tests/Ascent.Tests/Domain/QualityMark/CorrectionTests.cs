using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// Logged time and recorded costs are corrected under the rules they were logged by, and each correction moves the
/// row's Version, so a change from an older page is refused by the database.
public sealed class CorrectionTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Guid Ruth = Guid.NewGuid();

    [Fact]
    public void Time_IsCorrected_UnderTheRulesItWasLoggedBy()
    {
        var (_, accreditation) = Allocated();
        var time = EvaluatorTime.Log(accreditation, Ruth, "Ruth Evans", Today, 420, EvaluatorActivity.Visit, null, "Ruth Evans", At, Today);

        time.Correct(Today.AddDays(-3), 210, EvaluatorActivity.Report, " The report ", Today);
        Assert.Equal((Today.AddDays(-3), 210, EvaluatorActivity.Report, "The report", 1), (time.On, time.Minutes, time.Activity, time.Note, time.Version));
        Assert.Throws<ArgumentOutOfRangeException>(() => time.Correct(Today, 0, EvaluatorActivity.Visit, null, Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => time.Correct(Today, (24 * 60) + 1, EvaluatorActivity.Visit, null, Today));
        Assert.Throws<ArgumentException>(() => time.Correct(Today.AddDays(1), 60, EvaluatorActivity.Visit, null, Today));
        Assert.Equal((210, 1), (time.Minutes, time.Version));
    }

    [Fact]
    public void ACost_IsCorrected_WithinItsCohort()
    {
        var (cohort, accreditation) = Allocated();
        var cost = SchemeCost.Record(cohort, null, "Venue", 30000, "Nadia Brooks", At);

        cost.Correct(cohort, accreditation, " Supply cover ", 8550);
        Assert.Equal((accreditation.Id, "Supply cover", 8550L, 1), (cost.AccreditationId, cost.Description, cost.AmountPence, cost.Version));
        Assert.Throws<ArgumentOutOfRangeException>(() => cost.Correct(cohort, null, "Venue", 0));
        Assert.Throws<ArgumentException>(() => cost.Correct(cohort, null, " ", 100));
        Assert.Equal((8550L, 1), (cost.AmountPence, cost.Version));
    }

    private static (Cohort, Accreditation) Allocated()
    {
        var root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;
        var scheme = SchemeLibrary.LoadFromDirectory(Path.Combine(root, "quality-marks"),
            FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory), InstrumentCatalogue.LoadFromDirectory(Path.Combine(root, "instruments"))).Shipped[0].Definition;
        var cohort = Cohort.Open(1, scheme, "2026 to 2027", new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null, "Nadia Brooks", At);
        var accreditation = Accreditation.Apply(cohort, 7, "We reflect.", "Jo Clarke", Today);
        accreditation.Accept("Nadia Brooks", Today, "");
        accreditation.Allocate(Ruth, Today);
        return (cohort, accreditation);
    }
}
