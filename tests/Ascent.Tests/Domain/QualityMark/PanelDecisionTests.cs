using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// The panel, the appeal, the reviews scheduled from an award and the withdrawal rules, without a database.
public sealed class PanelDecisionTests
{
    private static readonly SchemeDefinition Scheme = Load();
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly Guid Evaluator = Guid.NewGuid();
    private static readonly Guid Reader = Guid.NewGuid();

    [Fact]
    public void TheSecondReader_IsNeitherTheCoordinatorNorTheSettingsEvaluator()
    {
        Assert.Equal("The second reader cannot be the setting's evaluator: choose another officer", PanelDecision.SecondReaderProblem(Coordinator, Evaluator, Evaluator));
        Assert.Equal("The second reader must be someone other than the coordinator", PanelDecision.SecondReaderProblem(Coordinator, Coordinator, Evaluator));
        Assert.Null(PanelDecision.SecondReaderProblem(Coordinator, Reader, Evaluator));
        var accreditation = Recommended();
        Assert.Throws<InvalidOperationException>(() => PanelDecision.Record(accreditation, Coordinator, Evaluator, null, "Not enough case studies.", new DateOnly(2027, 7, 20), "Nadia Brooks", null));
        Assert.Equal(AccreditationStatus.Recommended, accreditation.Status);
    }

    [Fact]
    public void ANotYet_IsAppealedOnce_AndHeardBySomeoneOnNeitherSideOfThePanel()
    {
        var accreditation = Recommended();
        var panel = PanelDecision.Record(accreditation, Coordinator, Reader, null, "Unit B's questionnaires are missing.", new DateOnly(2027, 7, 20), "Nadia Brooks", null);
        Assert.Equal(AccreditationStatus.NotYet, accreditation.Status);
        Assert.Throws<ArgumentException>(() => AccreditationAppeal.Make(accreditation, "  ", "Jo Clarke", new DateOnly(2027, 7, 22)));
        var appeal = AccreditationAppeal.Make(accreditation, "The questionnaires were sent on 1 July.", "Jo Clarke", new DateOnly(2027, 7, 22));
        Assert.Equal(AccreditationStatus.Appealed, accreditation.Status);

        foreach (var onThePanel in new[] { Coordinator, Reader })
            Assert.Equal("The appeal must be heard by someone who was not on the panel", AccreditationAppeal.HearerProblem(onThePanel, panel, Evaluator));
        Assert.NotNull(AccreditationAppeal.HearerProblem(Evaluator, panel, Evaluator));
        Assert.Throws<InvalidOperationException>(() => appeal.Hear(accreditation, panel, Reader, "accredited", "Evidence found.", new DateOnly(2027, 8, 1), "QM-2027-0002"));

        var hearer = Guid.NewGuid();
        appeal.Hear(accreditation, panel, hearer, "accredited", "The questionnaires were in the portfolio.", new DateOnly(2027, 8, 1), "QM-2027-0002");
        Assert.Equal((AccreditationStatus.Accredited, "QM-2027-0002", true), (accreditation.Status, accreditation.CertificateReference, appeal.Upheld));
        Assert.Throws<InvalidOperationException>(() => appeal.Hear(accreditation, panel, hearer, null, "Again.", new DateOnly(2027, 8, 2), null));
    }

    [Fact]
    public void AnAward_SchedulesTwoAnnualReviewsAndTheReaccreditation_WhichOpenAndAreRecordedOnce()
    {
        var accreditation = Recommended();
        PanelDecision.Record(accreditation, Coordinator, Reader, "accredited", "Both units evidenced.", new DateOnly(2027, 7, 20), "Nadia Brooks", "QM-2027-0001");
        var reviews = AccreditationReview.Schedule(accreditation, Scheme.Cycle);
        Assert.Equal(["First annual review 2028-07-20 annual-review-1", "Second annual review 2029-07-20 annual-review-2", "Re-accreditation 2030-07-20 reaccreditation"],
            reviews.Select(r => $"{r.Label} {r.DueOn:yyyy-MM-dd} {r.Stage}"));
        var first = reviews[0];
        Assert.Equal(new DateOnly(2028, 5, 21), first.OpensOn);
        Assert.Equal(ReviewState.Upcoming, first.StateOn(new DateOnly(2028, 5, 20)));
        Assert.False(first.NeedsReminderOn(new DateOnly(2028, 5, 20)));
        Assert.True(first.NeedsReminderOn(new DateOnly(2028, 5, 21)));
        Assert.Equal(ReviewState.Open, first.StateOn(new DateOnly(2028, 7, 20)));
        Assert.Equal(ReviewState.Overdue, first.StateOn(new DateOnly(2028, 7, 21)));
        first.MarkReminded(new DateOnly(2028, 5, 21));
        Assert.False(first.NeedsReminderOn(new DateOnly(2028, 5, 22)));
        Assert.Throws<InvalidOperationException>(() => first.MarkReminded(new DateOnly(2028, 5, 22)));

        Assert.Throws<ArgumentException>(() => first.Record(false, "", new DateOnly(2028, 7, 1), "Nadia Brooks"));
        first.Record(true, "", new DateOnly(2028, 7, 1), "Nadia Brooks");
        Assert.Equal(ReviewState.Done, first.StateOn(new DateOnly(2028, 8, 1)));
        Assert.Throws<InvalidOperationException>(() => first.Record(true, "", new DateOnly(2028, 7, 2), "Nadia Brooks"));
    }

    [Fact]
    public void TheSchemesWithdrawalRules_MatchAnInadequateJudgementAndAWelfareNotice_NotAGoodOne()
    {
        var inadequate = new Judgement("ofsted-eif-2019", new DateOnly(2028, 1, 10), "4", new Dictionary<string, string>());
        var good = new Judgement("ofsted-eif-2019", new DateOnly(2028, 1, 10), "2", new Dictionary<string, string>());
        Assert.Equal("An inspection judged the setting inadequate", WithdrawalRules.Matching(Scheme.Withdrawal, inadequate)?.Name);
        Assert.Null(WithdrawalRules.Matching(Scheme.Withdrawal, good));
        Assert.Equal("Ofsted served a welfare requirements notice", WithdrawalRules.Matching(Scheme.Withdrawal, "WelfareRequirementsNotice")?.Name);
        Assert.Null(WithdrawalRules.Matching(Scheme.Withdrawal, "SuspensionNotice"));
    }

    private static Accreditation Recommended()
    {
        var cohort = Cohort.Open(1, Scheme, "2026 to 2027", new DateOnly(2026, 9, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), null, "Nadia Brooks", DateTimeOffset.UnixEpoch);
        var accreditation = Accreditation.Apply(cohort, 7, "We reflect.", "Jo Clarke", new DateOnly(2026, 4, 1));
        accreditation.Accept("Nadia Brooks", new DateOnly(2026, 7, 2), "");
        accreditation.Allocate(Evaluator, new DateOnly(2026, 9, 3));
        accreditation.Recommend(null, "Unit B is thin.", new DateOnly(2027, 7, 1));
        return accreditation;
    }

    private static SchemeDefinition Load()
    {
        var root = Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!;
        var library = SchemeLibrary.LoadFromDirectory(Path.Combine(root, "quality-marks"),
            FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory), InstrumentCatalogue.LoadFromDirectory(Path.Combine(root, "instruments")));
        return library.Shipped[0].Definition;
    }
}
