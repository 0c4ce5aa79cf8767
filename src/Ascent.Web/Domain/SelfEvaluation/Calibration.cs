using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;

namespace Ascent.Web.Domain.SelfEvaluation;

public enum CalibrationResult
{
    OverRated = 1,
    Matched = 2,
    UnderRated = 3,
}

/// One area graded both by the setting and by the inspector.
public sealed record AreaCalibration(string AreaCode, string SelfGrade, string InspectionGrade, CalibrationResult Result);

/// How one finished self-evaluation compared with one inspection, area by area.
public sealed record SettingCalibration(Evaluation Evaluation, Inspection Inspection, IReadOnlyList<AreaCalibration> Areas)
{
    public int Count(CalibrationResult result) => Areas.Count(a => a.Result == result);

    public bool FinishedBeforeInspection => Evaluation.FinishedOn <= Inspection.Date;
}

/// Calibration: how well a setting's own grades agree with its regulator's. Pure: the pages load the rows and ask.
public static class Calibration
{
    /// The self-evaluation to hold up against an inspection. The fair one is what the setting said last before the
    /// inspector came (finished on or before the inspection date): anything later may already have heard the
    /// inspector's view. A setting that only finished one after the inspection still gets a comparison with its
    /// latest, because that is the best Ascent has and an LA would rather see it than nothing. Only self-evaluations
    /// on the inspection's framework count: grades on another framework's scale cannot be compared.
    public static Evaluation? EvaluationFor(Inspection inspection, IEnumerable<Evaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var finished = evaluations
            .Where(e => e.FinishedOn is not null && e.FrameworkCode == inspection.FrameworkCode)
            .OrderByDescending(e => e.FinishedOn).ThenByDescending(e => e.Id)
            .ToList();
        return finished.FirstOrDefault(e => e.FinishedOn <= inspection.Date) ?? finished.FirstOrDefault();
    }

    /// The latest inspection that judged quality area by area, which is the one a setting's grades are compared with.
    public static Inspection? InspectionToCompare(IEnumerable<Inspection> inspections) =>
        inspections.Where(i => i.CountsAsLatest && i.Grades.Count > 0)
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .FirstOrDefault();

    /// Null when the setting has no finished self-evaluation on the inspection's framework.
    public static SettingCalibration? Compare(Framework framework, Inspection inspection, IEnumerable<Evaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(inspection);
        if (framework.Code != inspection.FrameworkCode)
            throw new ArgumentException($"The inspection is on '{inspection.FrameworkCode}', not '{framework.Code}'.", nameof(framework));
        var evaluation = EvaluationFor(inspection, evaluations);
        return evaluation is null ? null : new SettingCalibration(evaluation, inspection, CompareAreas(framework, evaluation, inspection));
    }

    /// Every area graded in both, in the framework's order. An area either side left ungraded, or graded with a
    /// status rather than a grade, says nothing about calibration and is left out.
    public static IReadOnlyList<AreaCalibration> CompareAreas(Framework framework, Evaluation evaluation, Inspection inspection)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(inspection);
        if (evaluation.FrameworkCode != framework.Code || inspection.FrameworkCode != framework.Code)
            throw new ArgumentException("The self-evaluation and the inspection must both be on this framework.", nameof(framework));

        var results = new List<AreaCalibration>();
        foreach (var area in framework.AllAreas.Where(a => a.ScaleCode is not null))
        {
            var self = evaluation.Areas.FirstOrDefault(a => a.AreaCode == area.Code)?.Grade;
            var inspected = inspection.Grades.FirstOrDefault(g => g.AreaCode == area.Code)?.GradeCode;
            if (self is null || inspected is null)
                continue;
            var scale = framework.ScaleFor(area.Code);
            if (scale.Find(self) is not { Rank: int selfRank } || scale.Find(inspected) is not { Rank: int inspectedRank })
                continue;

            // Rank 1 is the best grade, so a smaller rank than the inspector's means the setting rated itself higher.
            var result = selfRank < inspectedRank ? CalibrationResult.OverRated
                : selfRank > inspectedRank ? CalibrationResult.UnderRated
                : CalibrationResult.Matched;
            results.Add(new AreaCalibration(area.Code, self, inspected, result));
        }

        return results;
    }
}
