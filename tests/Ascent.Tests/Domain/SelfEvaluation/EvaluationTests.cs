using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.SelfEvaluation;

public sealed class EvaluationTests
{
    private static readonly FrameworkRegistry Registry = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);

    [Fact]
    public void Start_OnTheRenewedFramework_HasEveryEvaluationAreaAndSafeguarding()
    {
        var evaluation = Evaluation.Start(Acorn, Registry.Get("ofsted-renewed-2025"), "Olu Owner", Today);

        Assert.Equal(
            ["safeguarding", "inclusion", "curriculum-and-teaching", "achievement", "behaviour-attitudes-and-routines", "welfare-and-wellbeing", "leadership-and-governance"],
            evaluation.Areas.Select(a => a.AreaCode));
        Assert.False(evaluation.IsFinished);
        Assert.All(evaluation.Areas, a => Assert.False(a.IsStarted));
    }

    [Fact]
    public void Start_OnTheNqs_HasTheSevenQualityAreasButNotTheOverallRating()
    {
        var evaluation = Evaluation.Start(Acorn, Registry.Get("acecqa-nqs-2018"), "Olu Owner", Today);

        Assert.Equal(["qa1", "qa2", "qa3", "qa4", "qa5", "qa6", "qa7"], evaluation.Areas.Select(a => a.AreaCode));
    }

    [Fact]
    public void Finish_FreezesTheSelfEvaluation()
    {
        var evaluation = Evaluation.Start(Acorn, Registry.Get("ofsted-renewed-2025"), "Olu Owner", Today);
        evaluation.Record("inclusion", " Every child has a key person ", null, "", "strong");
        var version = evaluation.Version;

        evaluation.Finish("Olu Owner", Today);

        Assert.Equal(Today, evaluation.FinishedOn);
        Assert.True(evaluation.Version > version);
        Assert.Equal("Every child has a key person", evaluation.Area("inclusion").Strengths);
        Assert.Null(evaluation.Area("inclusion").ForDevelopment);
        Assert.Throws<InvalidOperationException>(() => evaluation.Record("inclusion", "Changed", null, null, null));
        Assert.Throws<InvalidOperationException>(() => evaluation.Finish("Olu Owner", Today));
    }

    [Fact]
    public void StartNext_CopiesEveryAreaOfTheFinishedOne_AndOnlyFromAFinishedOne()
    {
        var framework = Registry.Get("ofsted-renewed-2025");
        var first = Evaluation.Start(Acorn, framework, "Olu Owner", Today);
        first.Record("achievement", "Children talk confidently", "Observation 3 May", "Early maths", "expected");
        Assert.Throws<InvalidOperationException>(() => first.StartNext(framework, "Olu Owner", Today));
        first.Finish("Olu Owner", Today);

        var next = first.StartNext(framework, "Mo Manager", Today.AddMonths(6));

        var copy = next.Area("achievement");
        Assert.Equal(("Children talk confidently", "Observation 3 May", "Early maths", "expected"), (copy.Strengths, copy.EvidenceNote, copy.ForDevelopment, copy.Grade));
        Assert.False(next.IsFinished);
        Assert.Equal("Mo Manager", next.StartedBy);
        next.Record("achievement", "Children talk confidently", null, null, "strong");
        Assert.Equal("expected", first.Area("achievement").Grade);
    }

    [Fact]
    public void StartNext_OnAnotherFramework_KeepsTheWordsOfSharedAreasButNotTheGrades()
    {
        var eif = Registry.Get("ofsted-eif-2019");
        var first = Evaluation.Start(Acorn, eif, "Olu Owner", Today);
        first.Record("safeguarding", "Safer recruitment checks", null, null, "yes");
        first.Finish("Olu Owner", Today);

        var next = first.StartNext(Registry.Get("ofsted-renewed-2025"), "Olu Owner", Today);

        Assert.Equal("ofsted-renewed-2025", next.FrameworkCode);
        Assert.Equal("Safer recruitment checks", next.Area("safeguarding").Strengths);
        Assert.Null(next.Area("safeguarding").Grade);
        Assert.Throws<KeyNotFoundException>(() => next.Area("quality-of-education"));
    }
}
