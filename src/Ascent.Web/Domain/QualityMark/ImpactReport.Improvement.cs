using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.QualityMark;

public static partial class ImpactReport
{
    /// Table 2. An accredited setting counts by its first inspection on or after its first award (and on or before the
    /// date), set against the inspection before it. Other settings (none awarded by the date) count by their first
    /// inspection in the same period, from the earliest award of any setting to the date, against the one before it.
    private static ImprovementTable Improvement(IReadOnlyList<ImpactSetting> settings, DateOnly at, FrameworkRegistry frameworks)
    {
        var from = settings.Select(s => s.FirstAwardOnOrBefore(at)).Min();
        if (from is not { } start)
            return new ImprovementTable(null, [], 0, 0);

        var accredited = new List<Pair>();
        var other = new List<Pair>();
        foreach (var setting in settings)
        {
            var awarded = setting.FirstAwardOnOrBefore(at);
            if (PairFrom(Judgements(setting, at, frameworks), awarded ?? start) is { } pair)
                (awarded is null ? other : accredited).Add(pair);
        }

        var areas = accredited.Concat(other).SelectMany(ComparableAreas).Select(a => a.Code).Distinct().ToList();
        var rows = areas
            .Select(code => new ImprovementRow(code, AreaName(code, accredited.Concat(other)), Figures(accredited, code), Figures(other, code)))
            .OrderBy(r => Order(r.AreaCode, accredited.Concat(other)))
            .ToList();
        return new ImprovementTable(start, rows,
            accredited.Count(p => !ComparableAreas(p).Any()), other.Count(p => !ComparableAreas(p).Any()));
    }

    private sealed record Pair(ImpactInspection Before, Framework BeforeFramework, ImpactInspection After, Framework AfterFramework);

    private static Pair? PairFrom(List<(ImpactInspection Inspection, Framework Framework)> judgements, DateOnly from)
    {
        var index = judgements.FindIndex(j => j.Inspection.InspectedOn >= from);
        if (index < 1)
            return null;
        var (before, after) = (judgements[index - 1], judgements[index]);
        return new Pair(before.Inspection, before.Framework, after.Inspection, after.Framework);
    }

    /// The judgement areas (the overall judgement and the key judgements) both inspections were graded in, on the same
    /// scale: an EIF grade and a renewed-framework grade are never compared, as Ofsted says they cannot be.
    private static IEnumerable<FrameworkArea> ComparableAreas(Pair pair) =>
        JudgementAreas(pair.AfterFramework).Where(area =>
            pair.BeforeFramework.FindArea(area.Code) is { ScaleCode: { } beforeScale } before
            && (before == pair.BeforeFramework.HeadlineArea || before.IsKeyJudgement)
            && SameScale(pair.BeforeFramework.FindScale(beforeScale), pair.AfterFramework.FindScale(area.ScaleCode!))
            && Rank(pair.Before, pair.BeforeFramework, area.Code) is not null
            && Rank(pair.After, pair.AfterFramework, area.Code) is not null);

    private static IEnumerable<FrameworkArea> JudgementAreas(Framework framework) =>
        framework.AllAreas.Where(a => a.ScaleCode is not null && (a == framework.HeadlineArea || a.IsKeyJudgement));

    /// Same code and the same grades with the same ranks: EIF and CIF share "ofsted-grade" and can be compared.
    private static bool SameScale(GradingScale? a, GradingScale? b) =>
        a is not null && b is not null && a.Code == b.Code
        && a.GradesBestFirst.Select(g => (g.Code, g.Rank)).SequenceEqual(b.GradesBestFirst.Select(g => (g.Code, g.Rank)));

    private static int? Rank(ImpactInspection inspection, Framework framework, string areaCode)
    {
        var code = areaCode == framework.HeadlineAreaCode
            ? inspection.OverallGrade ?? inspection.AreaGrades.GetValueOrDefault(areaCode)
            : inspection.AreaGrades.GetValueOrDefault(areaCode);
        return code is null ? null : framework.FindScale(framework.Area(areaCode).ScaleCode!)?.Find(code)?.Rank;
    }

    private static ImprovementFigures Figures(List<Pair> pairs, string areaCode)
    {
        var steps = pairs.Where(p => ComparableAreas(p).Any(a => a.Code == areaCode))
            .Select(p => Rank(p.Before, p.BeforeFramework, areaCode)!.Value - Rank(p.After, p.AfterFramework, areaCode)!.Value)
            .ToList();
        return new ImprovementFigures(new Share(steps.Count(s => s >= 1), steps.Count), new Share(steps.Count(s => s >= 2), steps.Count));
    }

    private static string AreaName(string code, IEnumerable<Pair> pairs) =>
        pairs.Select(p => p.AfterFramework.FindArea(code)).OfType<FrameworkArea>().Last().Name;

    // The overall judgement first, then the areas in their framework's order.
    private static int Order(string code, IEnumerable<Pair> pairs)
    {
        var framework = pairs.Select(p => p.AfterFramework).Last(f => f.FindArea(code) is not null);
        return code == framework.HeadlineAreaCode ? -1 : framework.AllAreas.ToList().FindIndex(a => a.Code == code);
    }
}
