using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

/// A case study is the setting's draft until it is submitted, then the evaluator's to read and comment on; a
/// sign-off is cleared only with a reason.
public sealed class CaseStudyTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly CaseStudyText Full = new("Outdoor talk", "Q", "Baseline", "Changes", "Observed", "Outcomes", "Reflection");

    [Fact]
    public void ACaseStudy_IsSubmittedOnlyWhenEverySectionIsWritten_AndThenNoLongerChanges()
    {
        var study = CaseStudy.Start(Accepted(), Full with { Outcomes = " ", Reflection = null }, "Olu Owner", At);
        Assert.Equal(["the outcomes for children", "your reflection"], study.Missing());
        var refused = Assert.Throws<InvalidOperationException>(() => study.Submit("Olu Owner", new DateOnly(2026, 11, 23), At));
        Assert.Equal("Write the outcomes for children, your reflection before submitting the case study.", refused.Message);
        Assert.Throws<InvalidOperationException>(() => study.Comment("Too early", "Ruth Evans", At));

        study.Write(Full, "Pat Practitioner", At.AddHours(1));
        study.Attach("chart.png", "image/png", [1, 2, 3], "Pat Practitioner", At);
        study.Submit("Olu Owner", new DateOnly(2026, 11, 24), At.AddDays(1));
        Assert.True(study.IsSubmitted);
        Assert.Throws<InvalidOperationException>(() => study.Write(Full, "Olu Owner", At));
        Assert.Throws<InvalidOperationException>(() => study.Attach("more.png", "image/png", [1], "Olu Owner", At));
        Assert.Throws<InvalidOperationException>(() => study.Detach(study.Attachments[0], "Olu Owner", At));
        var comment = study.Comment(" A clear question. ", "Ruth Evans", At.AddDays(2));
        Assert.Equal("A clear question.", comment.Text);
    }

    [Fact]
    public void ACaseStudy_HasAtMostTenFiles_AndIsWrittenOnlyOnceAccepted()
    {
        var study = CaseStudy.Start(Accepted(), Full, "Olu Owner", At);
        for (var i = 0; i < CaseStudy.MaxAttachments; i++)
            study.Attach($"f{i}.pdf", "application/pdf", [1], "Olu Owner", At);
        Assert.Throws<InvalidOperationException>(() => study.Attach("one-more.pdf", "application/pdf", [1], "Olu Owner", At));

        var applied = Accreditation.Apply(Cohort(), 7, "We reflect.", "Olu Owner", new DateOnly(2026, 5, 1));
        Assert.Throws<InvalidOperationException>(() => CaseStudy.Start(applied, Full, "Olu Owner", At));
    }

    [Fact]
    public void ASignOff_IsClearedOnlyWithAReason_AndCountsEachChange()
    {
        var requirement = PortfolioRulesTests.Scheme.Units[1].Requirements[0];
        var signOff = RequirementSignOff.For(Accepted(), PortfolioStage.Accreditation, requirement);
        Assert.Equal((false, 0), (signOff.SignedOff, signOff.Version));
        Assert.True(signOff.Mark(true, " Reviewed together. ", "Ruth Evans", new DateOnly(2027, 3, 1)));
        Assert.Equal((true, "Reviewed together.", 1), (signOff.SignedOff, signOff.Comment, signOff.Version));
        Assert.False(signOff.Mark(true, "Reviewed together.", "Ruth Evans", new DateOnly(2027, 3, 2)));
        Assert.Throws<ArgumentException>(() => signOff.Mark(false, " ", "Ruth Evans", new DateOnly(2027, 3, 2)));
        Assert.True(signOff.Mark(false, "Signed off in error.", "Nadia Brooks", new DateOnly(2027, 3, 2)));
        Assert.Equal((false, "Nadia Brooks", 2), (signOff.SignedOff, signOff.By, signOff.Version));
    }

    private static Cohort Cohort() =>
        Web.Domain.QualityMark.Cohort.Open(1, PortfolioRulesTests.Scheme, "2026 to 2027", new DateOnly(2026, 9, 1), new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), null, "Nadia Brooks", At);

    private static Accreditation Accepted()
    {
        var accreditation = Accreditation.Apply(Cohort(), 7, "We reflect.", "Olu Owner", new DateOnly(2026, 5, 1));
        accreditation.Accept("Nadia Brooks", new DateOnly(2026, 7, 1), "Welcome.");
        return accreditation;
    }
}
