using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Funding;

/// A setting's funding now, entitlement by entitlement, with where each state came from. A confirmed decision wins;
/// without one, the funding rules applied to the inspection the setting was first imported with decide
/// (Domain/Funding/FundingBaseline). The setting page, the decision page, the funding register and the proposer all
/// read it here, so they never disagree about where a setting stands.
public sealed class FundingStatuses(AppDbContext db, FundingRules rules, FrameworkRegistry frameworks)
{
    public async Task<IReadOnlyList<FundingOrigin>> ForSettingAsync(int settingId, CancellationToken cancellationToken) =>
        (await ForSettingsAsync([settingId], cancellationToken))[settingId];

    /// Three queries whatever the number of settings.
    public async Task<Dictionary<int, IReadOnlyList<FundingOrigin>>> ForSettingsAsync(IReadOnlyCollection<int> settingIds, CancellationToken cancellationToken)
    {
        var confirmed = await (from s in db.FundingStatuses.AsNoTracking()
                               join d in db.FundingDecisions.AsNoTracking() on s.DecisionId equals d.Id
                               where settingIds.Contains(s.SettingId)
                               select new { Status = s, Decision = d }).ToListAsync(cancellationToken);
        var baselines = await BaselineInspectionsAsync(settingIds, cancellationToken);
        return settingIds.Distinct().ToDictionary(id => id, id => (IReadOnlyList<FundingOrigin>)[.. FundingBaseline.For(rules, baselines.GetValueOrDefault(id)).Select(origin =>
            confirmed.FirstOrDefault(c => c.Status.SettingId == id && c.Status.Entitlement == origin.Entitlement) is { } c
                ? FundingOrigin.FromDecision(c.Status, c.Decision)
                : origin)]);
    }

    /// The settings of the register whose funding may not simply be "funded": a confirmed decision, a later judgement,
    /// or a standing outside the "meets" band (the only settings the shipped rules withdraw funding from at import).
    public IQueryable<int> Candidates()
    {
        List<string> fine = [.. frameworks.Standings.Where(s => s.Band is StandingBand.Meets or StandingBand.None).Select(s => s.Code)];
        return db.Settings.Where(s => !fine.Contains(s.StandingCode)
                || db.FundingStatuses.Any(f => f.SettingId == s.Id)
                || db.ChangeEvents.Any(e => e.SettingId == s.Id && e.Type == ChangeEventTypes.NewJudgement))
            .Select(s => s.Id);
    }

    /// Per setting, the latest graded inspection that no new-judgement event announced: the one it came to Ascent with.
    /// Inspections announced by an event (a later import, or recorded by hand) are the proposer's, and change funding
    /// only when the manager confirms.
    private async Task<Dictionary<int, Judgement>> BaselineInspectionsAsync(IReadOnlyCollection<int> settingIds, CancellationToken cancellationToken)
    {
        var announced = (await db.ChangeEvents.AsNoTracking()
                .Where(e => settingIds.Contains(e.SettingId) && e.Type == ChangeEventTypes.NewJudgement)
                .Select(e => new { e.SettingId, e.Payload }).ToListAsync(cancellationToken))
            .Select(e => (e.SettingId, Payload: JudgementPayload.Read(e.Payload)))
            .Where(e => e.Payload is not null)
            .Select(e => (e.SettingId, e.Payload!.FrameworkCode, e.Payload.Date)).ToHashSet();
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => settingIds.Contains(i.SettingId) && i.FrameworkCode != "ofsted-compliance")
            .Select(i => new { i.Id, i.SettingId, i.FrameworkCode, i.Date, i.OverallGrade, Grades = i.Grades.Select(g => new { g.AreaCode, g.GradeCode }).ToList() })
            .ToListAsync(cancellationToken);
        return inspections
            .Where(i => !announced.Contains((i.SettingId, i.FrameworkCode, i.Date)))
            .GroupBy(i => i.SettingId)
            .Select(g => g.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).First())
            .ToDictionary(i => i.SettingId, i => new Judgement(i.FrameworkCode, i.Date, i.OverallGrade, i.Grades.ToDictionary(g => g.AreaCode, g => g.GradeCode)));
    }
}
