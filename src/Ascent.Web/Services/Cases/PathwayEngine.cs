using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

/// Reads the register's change events (the outbox) in order and acts on each exactly once: a judgement, a new
/// registration or an enforcement notice opens a case on the matching pathway; a later judgement moves or closes
/// it. Each event is handled in its own transaction together with marking it processed; a second instance racing
/// for the same event loses on the unique trigger-event index and moves on.
public sealed partial class PathwayEngine(AppDbContext db, TimeProvider time, PathwayVersions versions, CasePlanner planner, Funding.FundingProposer funding, QualityMark.AccreditationWithdrawals withdrawals, ILogger<PathwayEngine> logger)
{
    private const int BatchSize = 200;

    /// Handles every unprocessed event; returns how many cases it opened.
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var opened = 0;
        while (true)
        {
            var ids = await db.ChangeEvents.IgnoreQueryFilters().Where(e => e.ProcessedAt == null).OrderBy(e => e.Id)
                .Select(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
                return opened;
            foreach (var id in ids)
                opened += await ProcessAsync(id, cancellationToken);
        }
    }

    /// Handles one event now, for a person who has just raised it and expects to see its case, after any older events of
    /// the same setting (so their order holds); the rest of the backlog is left to the background job.
    public async Task<int> ProcessUpToAsync(long eventId, CancellationToken cancellationToken)
    {
        var settingId = await db.ChangeEvents.IgnoreQueryFilters().Where(e => e.Id == eventId).Select(e => e.SettingId).SingleAsync(cancellationToken);
        var ids = await db.ChangeEvents.IgnoreQueryFilters().Where(e => e.SettingId == settingId && e.Id <= eventId && e.ProcessedAt == null)
            .OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        var opened = 0;
        foreach (var id in ids)
            opened += await ProcessAsync(id, cancellationToken);
        return opened;
    }

    private async Task<int> ProcessAsync(long eventId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var change = await db.ChangeEvents.IgnoreQueryFilters().SingleAsync(e => e.Id == eventId, cancellationToken);
        if (change.ProcessedAt is not null)
            return 0;
        var opened = await HandleAsync(change, cancellationToken);
        change.MarkProcessed(time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return opened;
        }
        catch (DbUpdateException e)
        {
            // Most likely another instance handled this event first (unique TriggerEventId); either way this
            // attempt is rolled back whole and the event is left to whoever committed it, or to the next run.
            logger.LogWarning(e, "Change event {EventId} was not processed here", eventId);
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private async Task<int> HandleAsync(ChangeEvent change, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == change.SettingId, cancellationToken);
        await funding.ProposeAsync(change, cancellationToken);
        await withdrawals.ApplyAsync(change, cancellationToken);
        var pathways = await versions.CurrentAsync(change.TenantId, cancellationToken);
        var days = await planner.WorkingDaysForAsync(change.TenantId, cancellationToken);
        var startedOn = DateOnly.FromDateTime(change.OccurredAt.UtcDateTime);
        var open = await db.Cases.IgnoreQueryFilters().Include(c => c.Tasks)
            .Where(c => c.SettingId == setting.Id && c.Status != CaseStatus.Closed).ToListAsync(cancellationToken);

        switch (change.Type)
        {
            case ChangeEventTypes.NewJudgement:
                return await JudgedAsync(setting, change.ReadJudgement()?.ToJudgement(), change, pathways, open, startedOn, days, cancellationToken);
            case ChangeEventTypes.NewRegistration:
                return OpenFirstMatch(setting, pathways.Where(p => p.Definition.Trigger.Event == TriggerEvents.NewRegistration), $"Newly registered ({setting.Reference})", startedOn, change.Id, open, days);
            case ChangeEventTypes.Enforcement:
                var kind = change.ReadEnforcement()?.KindName;
                return OpenFirstMatch(setting, pathways.Where(p => p.Definition.Trigger.Event == TriggerEvents.Enforcement && kind is not null && p.Definition.Trigger.EnforcementKinds.Contains(kind)),
                    change.Summary, startedOn, change.Id, open, days);
            case ChangeEventTypes.FirstSeen:
                // Long registered, only new to Ascent: not a new registration, so no newly-registered programme.
                return 0;
            case ChangeEventTypes.LeftRegister:
                foreach (var supportCase in open)
                    supportCase.Close("The setting left the register", time.GetUtcNow());
                return 0;
            default:
                // A corrected judgement (judgement-changed) is shown on the setting's profile; it does not restart a
                // programme of support by itself.
                return 0;
        }
    }

    private async Task<int> JudgedAsync(Setting setting, Judgement? judgement, ChangeEvent change, IReadOnlyList<(PathwayVersion Version, PathwayDefinition Definition)> pathways,
        List<SupportCase> open, DateOnly startedOn, WorkingDays days, CancellationToken cancellationToken)
    {
        if (judgement is null)
            return 0;
        var matched = pathways.FirstOrDefault(p => p.Definition.Trigger.Event == TriggerEvents.NewJudgement && p.Definition.Trigger.Judgements.Any(j => j.Matches(judgement)));
        var reason = $"Inspected on {judgement.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        var enrolments = new List<string>();
        foreach (var supportCase in open)
        {
            var definition = await versions.DefinitionOfAsync(supportCase, cancellationToken);
            if (!definition.Exit.MovesOnJudgement)
                continue;
            if (matched.Definition is not null)
            {
                supportCase.Close($"{reason}: moved to {matched.Definition.Name}", time.GetUtcNow());
            }
            else if (definition.Exit.ClosesWhen.Any(c => c.Matches(judgement)))
            {
                supportCase.Close($"{reason}: good or better", time.GetUtcNow());
                if (definition.Exit.Enrol is { } enrol)
                    enrolments.Add(enrol);
            }
        }

        if (matched.Definition is not null)
        {
            planner.Open(setting, matched.Version, matched.Definition, reason + ": " + matched.Definition.Name, startedOn, change.Id, CaseStatus.Open, days);
            return 1;
        }

        var opened = 0;
        foreach (var code in enrolments.Distinct())
        {
            if (open.Any(c => c.PathwayCode == code && c.IsOpen) || pathways.FirstOrDefault(p => p.Definition.Code == code) is not { Definition: not null } target)
                continue;
            planner.Open(setting, target.Version, target.Definition, $"{reason}: enrolled in the {target.Definition.Name.ToLowerInvariant()} programme", startedOn, change.Id, CaseStatus.Open, days);
            opened++;
        }

        return opened;
    }

    private int OpenFirstMatch(Setting setting, IEnumerable<(PathwayVersion Version, PathwayDefinition Definition)> candidates, string reason, DateOnly startedOn, long eventId, List<SupportCase> open, WorkingDays days)
    {
        var match = candidates.FirstOrDefault();
        if (match.Definition is null || open.Any(c => c.PathwayCode == match.Definition.Code && c.IsOpen))
            return 0;
        planner.Open(setting, match.Version, match.Definition, reason, startedOn, eventId, CaseStatus.Open, days);
        return 1;
    }
}
