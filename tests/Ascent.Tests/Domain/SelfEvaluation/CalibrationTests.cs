using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;

namespace Ascent.Tests.Domain.SelfEvaluation;

public sealed class CalibrationTests
{
    private static readonly FrameworkRegistry Registry = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);
    private static readonly Framework Renewed = Registry.Get("ofsted-renewed-2025");
    private static readonly Setting Acorn = new(1, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", null);

    private static Evaluation Finished(DateOnly on, params (string Area, string Grade)[] grades) => Finished(Renewed, on, grades);

    private static Evaluation Finished(Framework framework, DateOnly on, params (string Area, string Grade)[] grades)
    {
        var evaluation = Evaluation.Start(Acorn, framework, "Olu Owner", on.AddDays(-30));
        foreach (var (area, grade) in grades)
            evaluation.Record(area, null, null, null, grade);
        evaluation.Finish("Olu Owner", on);
        return evaluation;
    }

    private static Inspection Inspected(DateOnly on, params (string Area, string Grade)[] grades)
    {
        var inspection = new Inspection(Acorn, "1", on, "Full inspection", Renewed.Code, null);
        foreach (var (area, grade) in grades)
            inspection.SetGrade(area, grade);
        return inspection;
    }

    [Fact]
    public void CompareAreas_ByTheScalesOrder_SaysOverMatchedOrUnderRated()
    {
        var evaluation = Finished(new DateOnly(2026, 5, 1), ("inclusion", "strong"), ("achievement", "expected"), ("curriculum-and-teaching", "needs-attention"), ("safeguarding", "met"));
        var inspection = Inspected(new DateOnly(2026, 6, 1), ("inclusion", "expected"), ("achievement", "expected"), ("curriculum-and-teaching", "strong"), ("safeguarding", "not-met"));

        var areas = Calibration.CompareAreas(Renewed, evaluation, inspection);

        Assert.Equal(
            [
                new AreaCalibration("safeguarding", "met", "not-met", CalibrationResult.OverRated),
                new AreaCalibration("inclusion", "strong", "expected", CalibrationResult.OverRated),
                new AreaCalibration("curriculum-and-teaching", "needs-attention", "strong", CalibrationResult.UnderRated),
                new AreaCalibration("achievement", "expected", "expected", CalibrationResult.Matched),
            ],
            areas);
    }

    [Fact]
    public void CompareAreas_LeavesOutAreasGradedOnOnlyOneSide()
    {
        var evaluation = Finished(new DateOnly(2026, 5, 1), ("inclusion", "strong"), ("achievement", "expected"));
        var inspection = Inspected(new DateOnly(2026, 6, 1), ("inclusion", "expected"), ("leadership-and-governance", "strong"));

        Assert.Equal(["inclusion"], Calibration.CompareAreas(Renewed, evaluation, inspection).Select(a => a.AreaCode));
    }

    [Fact]
    public void EvaluationFor_TakesTheLastFinishedOnOrBeforeTheInspection()
    {
        var older = Finished(new DateOnly(2026, 1, 10), ("inclusion", "expected"));
        var onTheDay = Finished(new DateOnly(2026, 6, 1), ("inclusion", "strong"));
        var after = Finished(new DateOnly(2026, 7, 1), ("inclusion", "expected"));
        var inspection = Inspected(new DateOnly(2026, 6, 1), ("inclusion", "expected"));

        Assert.Same(onTheDay, Calibration.EvaluationFor(inspection, [after, older, onTheDay]));
        Assert.Equal(CalibrationResult.OverRated, Calibration.Compare(Renewed, inspection, [after, older, onTheDay])!.Areas.Single().Result);
    }

    [Fact]
    public void EvaluationFor_FallsBackToTheLatestWhenNoneWasFinishedBefore()
    {
        var first = Finished(new DateOnly(2026, 7, 1), ("inclusion", "expected"));
        var second = Finished(new DateOnly(2026, 8, 1), ("inclusion", "strong"));
        var inspection = Inspected(new DateOnly(2026, 6, 1), ("inclusion", "expected"));

        var calibration = Calibration.Compare(Renewed, inspection, [first, second])!;

        Assert.Same(second, calibration.Evaluation);
        Assert.False(calibration.FinishedBeforeInspection);
    }

    [Fact]
    public void EvaluationFor_IgnoresDraftsAndOtherFrameworks()
    {
        var draft = Evaluation.Start(Acorn, Renewed, "Olu Owner", new DateOnly(2026, 5, 1));
        var nqs = Finished(Registry.Get("acecqa-nqs-2018"), new DateOnly(2026, 5, 1));
        var inspection = Inspected(new DateOnly(2026, 6, 1), ("inclusion", "expected"));

        Assert.Null(Calibration.EvaluationFor(inspection, [draft, nqs]));
        Assert.Null(Calibration.Compare(Renewed, inspection, [draft, nqs]));
    }

    [Fact]
    public void InspectionToCompare_IsTheLatestWithAreaGrades()
    {
        var graded = Inspected(new DateOnly(2026, 3, 1), ("inclusion", "expected"));
        var ungraded = Inspected(new DateOnly(2026, 4, 1));
        var compliance = new Inspection(Acorn, "2", new DateOnly(2026, 5, 1), "No children on roll", "ofsted-compliance", null);
        compliance.SetGrade("outcome", "met");

        Assert.Same(graded, Calibration.InspectionToCompare([ungraded, graded, compliance]));
    }
}
