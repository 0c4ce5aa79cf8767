using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.QualityMark;

/// "Do accredited settings do better?" from the inspections Ascent holds, in the shape of the Kent Quality Mark's own
/// evaluation (docs/quality-mark.md, "The impact report"). Pure: the page, the Word and XLSX exports and the command
/// line gather the settings and render these tables. Grades are read through the frameworks: a framework with an
/// overall judgement gives "outstanding" to the best grade of that judgement's scale and "good" to the next; one
/// without (Ofsted's renewed framework) is never forced into them and is counted in its own table.
public static partial class ImpactReport
{
    public static ImpactTables For(IReadOnlyList<ImpactSetting> settings, DateOnly at, FrameworkRegistry frameworks)
    {
        var grades = GradeRows(settings, at, frameworks);
        var improvement = Improvement(settings, at, frameworks);
        var renewed = RenewedAreas(settings, at, frameworks);
        return new ImpactTables(at, grades, improvement, renewed, Notes(grades, improvement, renewed));
    }

    /// The inspections that stand as a judgement, oldest first: those under a framework Ascent knows and would choose
    /// by date. Compliance outcomes (select_by_date: false) record a visit to the registers, not a new judgement.
    internal static List<(ImpactInspection Inspection, Framework Framework)> Judgements(
        ImpactSetting setting, DateOnly onOrBefore, FrameworkRegistry frameworks) =>
    [
        .. setting.Inspections
            .Where(i => i.InspectedOn <= onOrBefore)
            .Select(i => (Inspection: i, Framework: frameworks.TryGet(i.FrameworkCode, out var f) ? f : null))
            .Where(p => p.Framework is { SelectByDate: true })
            .OrderBy(p => p.Inspection.InspectedOn)
            .Select(p => (p.Inspection, p.Framework!)),
    ];

    private static List<GradeRow> GradeRows(IReadOnlyList<ImpactSetting> settings, DateOnly at, FrameworkRegistry frameworks)
    {
        var rows = new List<GradeRow> { GradeRow(null, settings, at, frameworks) };
        foreach (var sector in Enum.GetValues<SectorGroup>())
        {
            var ofSector = settings.Where(s => s.Sector == sector).ToList();
            if (ofSector.Count > 0)
                rows.Add(GradeRow(sector, ofSector, at, frameworks));
        }

        return rows;
    }

    private static GradeRow GradeRow(SectorGroup? sector, IReadOnlyList<ImpactSetting> settings, DateOnly at, FrameworkRegistry frameworks) =>
        new(sector,
            Figures([.. settings.Where(s => s.IsAccreditedOn(at))], at, frameworks),
            Figures([.. settings.Where(s => !s.IsAccreditedOn(at))], at, frameworks));

    private static GradeFigures Figures(List<ImpactSetting> settings, DateOnly at, FrameworkRegistry frameworks)
    {
        int graded = 0, outstanding = 0, goodOrBetter = 0, withoutOverall = 0, notInspected = 0;
        foreach (var setting in settings)
        {
            var judgements = Judgements(setting, at, frameworks);
            if (judgements.Count == 0)
            {
                notInspected++;
                continue;
            }

            var (inspection, framework) = judgements[^1];
            if (OverallRank(inspection, framework) is not int rank)
            {
                withoutOverall++;
                continue;
            }

            graded++;
            if (rank == 1)
                outstanding++;
            if (rank <= 2)
                goodOrBetter++;
        }

        return new GradeFigures(settings.Count, new Share(outstanding, graded), new Share(goodOrBetter, graded), withoutOverall, notInspected);
    }

    /// The rank of the overall grade on its scale (1 is the best), or null when the framework has no overall
    /// judgement or the inspection was given none (or a status, not a grade).
    private static int? OverallRank(ImpactInspection inspection, Framework framework)
    {
        if (framework.HeadlineArea is not { ScaleCode: { } scaleCode } headline || framework.FindScale(scaleCode) is not { } scale)
            return null;
        var code = inspection.OverallGrade ?? inspection.AreaGrades.GetValueOrDefault(headline.Code);
        return code is null ? null : scale.Find(code)?.Rank;
    }

    private static List<AreaDistribution> RenewedAreas(IReadOnlyList<ImpactSetting> settings, DateOnly at, FrameworkRegistry frameworks)
    {
        // Each setting once, by its latest judgement, and only when that has no overall grade.
        var latest = settings
            .Select(s => (Setting: s, Latest: Judgements(s, at, frameworks).LastOrDefault()))
            .Where(p => p.Latest.Framework is { HeadlineArea: null })
            .ToList();

        var tables = new List<AreaDistribution>();
        foreach (var framework in frameworks.All.Where(f => f.HeadlineArea is null && latest.Any(p => p.Latest.Framework == f)))
        {
            var under = latest.Where(p => p.Latest.Framework == framework).ToList();
            foreach (var area in framework.AllAreas.Where(a => a.ScaleCode is not null))
            {
                var scale = framework.ScaleFor(area.Code);
                var accredited = GradesIn(under.Where(p => p.Setting.IsAccreditedOn(at)), area.Code);
                var other = GradesIn(under.Where(p => !p.Setting.IsAccreditedOn(at)), area.Code);
                if (accredited.Count + other.Count == 0)
                    continue;

                tables.Add(new AreaDistribution(framework.Code, area.Code, area.Name,
                [
                    .. scale.GradesBestFirst.Select(g => new AreaGradeRow(g.Code, g.Label,
                        new Share(accredited.Count(c => c == g.Code), accredited.Count),
                        new Share(other.Count(c => c == g.Code), other.Count))),
                ]));
            }
        }

        return tables;
    }

    private static List<string> GradesIn(IEnumerable<(ImpactSetting Setting, (ImpactInspection Inspection, Framework Framework) Latest)> settings, string areaCode) =>
        [.. settings.Select(p => p.Latest.Inspection.AreaGrades.GetValueOrDefault(areaCode)).OfType<string>()];
}
