using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// One audit an observer did with a partner: the agreement of their two sheets, and the observer's running figures
/// (every compared item of this and their earlier joint audits).
public sealed record ObserverAudit(int AuditId, DateOnly ObservedOn, string Instrument, string SettingName, string Partner, AgreementFigures Figures, AgreementFigures Running);

public sealed record ObserverHistory(string Observer, IReadOnlyList<ObserverAudit> Audits)
{
    public AgreementFigures Overall => Audits.Count == 0 ? AgreementFigures.None : Audits[^1].Running;
}

/// Inter-observer agreement per observer over time, from every audit with two observers' sheets that the signed-in
/// person may see (an LA sees its settings', a setting its own). Rating scales only: agreement is of scores.
public sealed class AgreementHistory(AppDbContext db, InstrumentDefinitions definitions)
{
    public async Task<IReadOnlyList<ObserverHistory>> ObserversAsync(CancellationToken cancellationToken)
    {
        var ratings = (await definitions.CurrentAsync(cancellationToken)).Where(i => i.Scoring == ScoringRule.EnvironmentRating).ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        var codes = ratings.Keys.ToList();
        // The joint audits: one GROUP BY over the observers' sheets, not a count for every sheet.
        var joint = db.AuditSheets
            .Where(o => o.Kind == SheetKind.Observer && codes.Contains(o.Audit.InstrumentCode))
            .GroupBy(o => o.AuditId)
            .Where(g => g.Count() == 2)
            .Select(g => g.Key);
        var sheets = await db.AuditSheets.AsNoTracking()
            .Where(s => s.Kind == SheetKind.Observer && joint.Contains(s.AuditId))
            .Select(s => new
            {
                s.Id,
                s.AuditId,
                s.PersonId,
                s.PersonName,
                s.Audit.ObservedOn,
                s.Audit.InstrumentCode,
                SettingName = db.Settings.Where(x => x.Id == s.SettingId).Select(x => x.Name).FirstOrDefault(),
                Answers = s.Answers.Select(a => new { a.ItemNumber, a.Score, a.NotApplicable }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var pairs = new List<(string Observer, string Partner, ObserverAudit Audit)>();
        foreach (var audit in sheets.GroupBy(s => s.AuditId))
        {
            var pair = audit.OrderBy(s => s.Id).ToList();
            var scores = pair.Select(s => s.Answers.ToDictionary(a => a.ItemNumber, a => a.NotApplicable ? null : a.Score, StringComparer.Ordinal)).ToList();
            var figures = Agreement.Of(scores[0], scores[1]);
            for (var i = 0; i < 2; i++)
            {
                var (me, partner) = (pair[i], pair[1 - i]);
                pairs.Add((Key(me.PersonId, me.PersonName), partner.PersonName,
                    new ObserverAudit(audit.Key, me.ObservedOn, ratings[me.InstrumentCode], me.SettingName ?? "", partner.PersonName, figures, figures)));
            }
        }

        var names = sheets.GroupBy(s => Key(s.PersonId, s.PersonName)).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.ObservedOn).First().PersonName, StringComparer.Ordinal);
        return [.. pairs.GroupBy(j => j.Observer, StringComparer.Ordinal)
            .Select(g =>
            {
                var running = AgreementFigures.None;
                var audits = new List<ObserverAudit>();
                foreach (var (_, _, audit) in g.OrderBy(j => j.Audit.ObservedOn).ThenBy(j => j.Audit.AuditId))
                {
                    running += audit.Figures;
                    audits.Add(audit with { Running = running });
                }

                return new ObserverHistory(names[g.Key], audits);
            })
            .OrderBy(o => o.Observer, StringComparer.CurrentCulture)];
    }

    /// An observer is their account when they have one, else their name (an observer named in an import).
    private static string Key(Guid? personId, string name) => personId?.ToString() ?? "name:" + name.Trim().ToUpperInvariant();
}
