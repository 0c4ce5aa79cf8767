using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// One setting's way through a cohort: each step checks the one before it, so a step taken twice (two tabs, two
/// people) is refused with a message rather than applied twice.
public sealed class AccreditationTests
{
    private static readonly SchemeDefinition Scheme = Load();

    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Cohort Cohort() =>
        Web.Domain.QualityMark.Cohort.Open(1, Scheme, "2026 to 2027", new DateOnly(2026, 9, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), null, "Nadia Brooks", At);

    [Fact]
    public void ACohort_TakesApplicationsOnlyInItsWindow_AndItsWindowClosesByItsStart()
    {
        var cohort = Cohort();
        Assert.False(cohort.TakesApplicationsOn(new DateOnly(2026, 2, 28)));
        Assert.True(cohort.TakesApplicationsOn(new DateOnly(2026, 3, 1)));
        Assert.True(cohort.TakesApplicationsOn(new DateOnly(2026, 6, 30)));
        Assert.False(cohort.TakesApplicationsOn(new DateOnly(2026, 7, 1)));
        Assert.False(cohort.IsPilot);
        Assert.Equal(("quality-mark", "1"), (cohort.SchemeCode, cohort.SchemeVersion));

        Assert.Throws<ArgumentException>(() => Web.Domain.QualityMark.Cohort.Open(1, Scheme, "Late", new DateOnly(2026, 9, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 9, 2), null, "N", At));
        Assert.Throws<ArgumentException>(() => Web.Domain.QualityMark.Cohort.Open(1, Scheme, "Backwards", new DateOnly(2026, 9, 1), new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 1), null, "N", At));
        Assert.True(Web.Domain.QualityMark.Cohort.Open(1, Scheme, "Pilot", new DateOnly(2026, 9, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), " Two visits instead of three. ", "N", At).IsPilot);
    }

    [Fact]
    public void AnApplicationOutsideTheWindow_IsRefusedWithTheWindow()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Accreditation.Apply(Cohort(), 7, "We reflect.", "Jo Clarke", new DateOnly(2026, 7, 1)));
        Assert.Equal("2026 to 2027 takes applications from 1 March 2026 to 30 June 2026.", error.Message);
    }

    [Fact]
    public void FromApplicationToAward_EachStepFollowsTheOneBefore()
    {
        var accreditation = Accreditation.Apply(Cohort(), 7, "We reflect.", "Jo Clarke", new DateOnly(2026, 4, 1));
        Assert.Equal(AccreditationStatus.Applied, accreditation.Status);
        Assert.Throws<InvalidOperationException>(() => accreditation.Allocate(Guid.NewGuid(), new DateOnly(2026, 4, 2)));

        accreditation.Accept("Nadia Brooks", new DateOnly(2026, 7, 2), "Reflective practice shown throughout.");
        var second = Assert.Throws<InvalidOperationException>(() => accreditation.Accept("Nadia Brooks", new DateOnly(2026, 7, 2), ""));
        Assert.Equal("This cannot be accepted: it is in progress.", second.Message);

        var evaluator = Guid.NewGuid();
        accreditation.Allocate(evaluator, new DateOnly(2026, 9, 3));
        Assert.Equal(evaluator, accreditation.EvaluatorId);
        Assert.Throws<ArgumentException>(() => accreditation.Recommend("accredited", " ", new DateOnly(2027, 7, 1)));
        accreditation.Recommend("accredited", "Both units evidenced.", new DateOnly(2027, 7, 1));
        Assert.Equal(AccreditationStatus.Recommended, accreditation.Status);

        accreditation.Decide("accredited", new DateOnly(2027, 7, 20), "QM-2027-0001");
        Assert.True(accreditation.IsCurrent);
        Assert.Equal((new DateOnly(2027, 7, 20), "QM-2027-0001"), (accreditation.AwardedOn!.Value, accreditation.CertificateReference));
        Assert.Throws<InvalidOperationException>(() => accreditation.Decide(null, new DateOnly(2027, 7, 21), null));

        accreditation.End(AccreditationStatus.Withdrawn, new DateOnly(2028, 1, 5), "An inspection judged the setting inadequate");
        Assert.False(accreditation.IsCurrent);
        Assert.Equal(new DateOnly(2028, 1, 5), accreditation.EndedOn);
    }

    [Fact]
    public void ANotYet_MayBeAppealedOnce()
    {
        var accreditation = Accreditation.Apply(Cohort(), 7, "We reflect.", "Jo Clarke", new DateOnly(2026, 4, 1));
        accreditation.Accept("Nadia Brooks", new DateOnly(2026, 7, 2), "");
        accreditation.Recommend(null, "Unit B not evidenced yet.", new DateOnly(2027, 7, 1));
        accreditation.Decide(null, new DateOnly(2027, 7, 20), null);
        Assert.Equal(AccreditationStatus.NotYet, accreditation.Status);
        Assert.Null(accreditation.AwardedOn);

        accreditation.Appeal();
        accreditation.HearAppeal(null, new DateOnly(2027, 8, 20), null);
        Assert.Equal(AccreditationStatus.NotYet, accreditation.Status);
        var again = Assert.Throws<InvalidOperationException>(accreditation.Appeal);
        Assert.Contains("one appeal", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclinedApplication_NeedsItsReason()
    {
        var accreditation = Accreditation.Apply(Cohort(), 7, "We reflect.", "Jo Clarke", new DateOnly(2026, 4, 1));
        Assert.Throws<ArgumentException>(() => accreditation.Decline("Nadia Brooks", new DateOnly(2026, 7, 2), ""));
        accreditation.Decline("Nadia Brooks", new DateOnly(2026, 7, 2), "The latest inspection requires improvement.");
        Assert.Equal(("Not accepted", "The latest inspection requires improvement."), (AccreditationStatuses.Label(accreditation.Status), accreditation.EntryNote));
    }

    private static SchemeDefinition Load()
    {
        var root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;
        var library = SchemeLibrary.LoadFromDirectory(Path.Combine(root, "quality-marks"),
            FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory), InstrumentCatalogue.LoadFromDirectory(Path.Combine(root, "instruments")));
        return library.Shipped[0].Definition;
    }
}
