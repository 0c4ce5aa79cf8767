using Ascent.Web.Data;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Pathways;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Funding;

/// A setting's funding now, entitlement by entitlement, with where each state came from. A confirmed decision wins;
/// without one, the funding rules applied to the inspection the setting was first imported with decide
/// (Domain/Funding/FundingBaseline). The setting page shows it and the proposer compares new events with it, so
/// they never disagree about where a setting stands.
public sealed class FundingStatuses(AppDbContext db, FundingRules rules)
{
    public async Task<IReadOnlyList<FundingOrigin>> ForSettingAsync(int settingId, CancellationToken cancellationToken)
    {
        var statuses = await db.FundingStatuses.AsNoTracking().Where(s => s.SettingId == settingId && s.DecisionId != null).ToListAsync(cancellationToken);
        var decisionIds = statuses.Select(s => s.DecisionId!.Value).ToList();
        var decisions = await db.FundingDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var baseline = FundingBaseline.For(rules, await BaselineInspectionAsync(settingId, cancellationToken));
        return [.. baseline.Select(origin =>
            statuses.FirstOrDefault(s => s.Entitlement == origin.Entitlement) is { } status && decisions.TryGetValue(status.DecisionId!.Value, out var decision)
                ? FundingOrigin.FromDecision(status, decision)
                : origin)];
    }

    /// The latest graded inspection that no new-judgement event announced: the one the setting came to Ascent with.
    /// Inspections announced by an event (a later import, or recorded by hand) are the proposer's, and change funding
    /// only when the manager confirms.
    private async Task<Judgement?> BaselineInspectionAsync(int settingId, CancellationToken cancellationToken)
    {
        var announced = (await db.ChangeEvents.AsNoTracking()
                .Where(e => e.SettingId == settingId && e.Type == ChangeEventTypes.NewJudgement)
                .Select(e => e.Payload).ToListAsync(cancellationToken))
            .Select(JudgementPayload.Read).OfType<JudgementPayload>()
            .Select(p => (p.FrameworkCode, p.Date)).ToHashSet();
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.SettingId == settingId && i.FrameworkCode != "ofsted-compliance")
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Select(i => new { i.FrameworkCode, i.Date, i.OverallGrade, Grades = i.Grades.Select(g => new { g.AreaCode, g.GradeCode }).ToList() })
            .ToListAsync(cancellationToken);
        var baseline = inspections.FirstOrDefault(i => !announced.Contains((i.FrameworkCode, i.Date)));
        return baseline is null
            ? null
            : new Judgement(baseline.FrameworkCode, baseline.Date, baseline.OverallGrade, baseline.Grades.ToDictionary(g => g.AreaCode, g => g.GradeCode));
    }
}
