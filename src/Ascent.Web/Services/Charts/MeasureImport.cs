using Ascent.Web.Data;
using Ascent.Web.Domain.Charts;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Charts;

public sealed record MeasureImportResult(int Measures, int Values, IReadOnlyList<MeasureProblem> Problems)
{
    public bool Imported => Problems.Count == 0;
}

/// Imports the rows of a measures file, all or nothing: a measure new to its setting is created, a value on a date the
/// measure already has replaces it, and nothing is saved while any line has a problem. From the web the file is for
/// one setting (its URN column may be left out); from the command line each line's URN names its setting.
public sealed class MeasureImport(AppDbContext db)
{
    public async Task<MeasureImportResult> ImportAsync(IReadOnlyList<MeasureRow> rows, IReadOnlyList<MeasureProblem> readProblems, int? onlySettingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var problems = readProblems.ToList();
        var urns = rows.Select(r => r.Urn).Where(u => u.Length > 0).Distinct().ToList();
        var settings = await db.Settings.Where(s => onlySettingId == null ? urns.Contains(s.Reference) : s.Id == onlySettingId).ToListAsync(cancellationToken);
        var settingOf = new Dictionary<MeasureRow, Domain.Settings.Setting>();
        foreach (var row in rows)
        {
            var matches = onlySettingId is null || row.Urn.Length > 0 ? settings.Where(s => string.Equals(s.Reference, row.Urn, StringComparison.OrdinalIgnoreCase)).ToList() : settings;
            if (matches.Count == 1)
                settingOf[row] = matches[0];
            else if (onlySettingId is not null && settings.Count == 1)
                problems.Add(new MeasureProblem(row.LineNumber, $"URN {row.Urn} is not this setting's ({settings[0].Reference}): a file uploaded here is for this setting only"));
            else
                problems.Add(new MeasureProblem(row.LineNumber, matches.Count == 0 ? $"There is no setting with URN {row.Urn}" : $"URN {row.Urn} is a setting of more than one local authority"));
        }

        var settingIds = settingOf.Values.Select(s => s.Id).Distinct().ToList();
        var existing = await db.Measures.Include(m => m.Values).Where(m => settingIds.Contains(m.SettingId)).ToListAsync(cancellationToken);
        var plans = new List<(Domain.Settings.Setting Setting, Measure? Measure, string Name, ChartKind Kind, int? Baseline, List<MeasureRow> Rows)>();
        foreach (var group in settingOf.GroupBy(r => (r.Value.Id, r.Key.Measure.ToUpperInvariant())))
        {
            var lines = group.Select(r => r.Key).OrderBy(r => r.LineNumber).ToList();
            var measure = existing.FirstOrDefault(m => m.SettingId == group.Key.Id && string.Equals(m.Name, lines[0].Measure, StringComparison.OrdinalIgnoreCase));
            var kinds = lines.Where(r => r.Chart is not null).Select(r => r.Chart!.Value).Distinct().ToList();
            if (kinds.Count > 1)
            {
                var first = lines.First(r => r.Chart is not null);
                problems.AddRange(lines.Where(r => r.Chart is { } k && k != first.Chart).Select(r => new MeasureProblem(r.LineNumber,
                    $"{r.Measure} is drawn as {MeasureValueRules.KindInSentence(first.Chart!.Value)} on line {first.LineNumber}: one measure has one chart")));
                continue;
            }

            var kind = kinds.Count == 1 ? kinds[0] : measure?.Chart ?? ChartKind.Run;
            foreach (var row in lines)
            {
                var (_, error) = MeasureValueRules.Check(kind, row.Value, row.Numerator, row.Denominator);
                if (error is not null)
                    problems.Add(new MeasureProblem(row.LineNumber, $"{error}, on {MeasureValueRules.KindInSentence(kind)}"));
            }

            plans.Add((group.First().Value, measure, lines[0].Measure, kind, lines.LastOrDefault(r => r.BaselinePoints is not null)?.BaselinePoints ?? measure?.BaselinePoints, lines));
        }

        if (problems.Count > 0)
            return new MeasureImportResult(0, 0, [.. problems.OrderBy(p => p.LineNumber)]);
        foreach (var plan in plans)
        {
            var measure = plan.Measure;
            if (measure is null)
            {
                measure = new Measure(plan.Setting, plan.Name, "", plan.Kind, plan.Baseline);
                db.Measures.Add(measure);
            }
            else if (measure.Chart != plan.Kind || measure.BaselinePoints != plan.Baseline)
            {
                measure.Draw(plan.Kind, plan.Baseline);
            }

            foreach (var row in plan.Rows)
            {
                var (value, _) = MeasureValueRules.Check(plan.Kind, row.Value, row.Numerator, row.Denominator);
                var kept = measure.Record(row.Date, value, row.Numerator, row.Denominator);
                kept.Exclude(row.ExclusionReason);
                kept.StartPhase(row.PhaseStart);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new MeasureImportResult(plans.Count, plans.Sum(p => p.Rows.Count), []);
    }
}
