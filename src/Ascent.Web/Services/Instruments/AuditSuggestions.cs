using Ascent.Web.Data;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

public enum AcceptOutcome
{
    Added,
    AlreadyInPlan,
    NotSuggested,
}

/// Accepting a suggested goal into the setting's improvement plan, for audits and questionnaire rounds alike (a
/// round's answers are an audit's sheets): a PlanGoal made as the goal form makes one (outcome, issue, priority,
/// success measure; audited and kept in the plan's history like any other save), its source the audit, and an
/// AuditGoal saying which suggestion it came from so the same one is never added twice.
public sealed class AuditSuggestions(AppDbContext db, TimeProvider time)
{
    /// The setting's owner or manager, or an LA adviser: the people who agree the plan's goals with the setting.
    public static bool MayAccept(CurrentUser user, int settingId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.SettingId == settingId
            ? user.IsInRole(Roles.SettingOwner) || user.IsInRole(Roles.SettingManager)
            : user.SettingId is null && (user.IsInRole(Roles.ImprovementAdviser) || user.IsInRole(Roles.SeniorImprovementAdviser));
    }

    /// The goals already accepted from an audit (or a questionnaire round's audit), by suggestion key.
    public static Task<Dictionary<string, int>> AcceptedAsync(AppDbContext db, int auditId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.AuditGoals.Where(g => g.AuditId == auditId)
            .ToDictionaryAsync(g => g.SuggestionKey, g => g.PlanGoalId, StringComparer.Ordinal, cancellationToken);
    }

    /// The suggestion recomputed from the audit (never the words a form posted), then the goal; the goal's id either way.
    public Task<(AcceptOutcome Outcome, int? GoalId)> AcceptAsync(AuditResult result, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var suggestion = result.Suggestions.FirstOrDefault(s => s.Key == key);
        if (suggestion is null)
            return Task.FromResult<(AcceptOutcome, int?)>((AcceptOutcome.NotSuggested, null));
        var goal = new SuggestedGoal(key, suggestion.Outcome, suggestion.Issue, suggestion.SuccessMeasure,
            suggestion.High ? GoalPriority.High : GoalPriority.Medium, SourceText(result, suggestion));
        return AcceptAsync(result.Audit.Id, goal, result.Accepted, cancellationToken);
    }

    /// A questionnaire round's suggestion for a statement (by its number), recomputed from the round's answers.
    public Task<(AcceptOutcome Outcome, int? GoalId)> AcceptAsync(QuestionnaireRoundResults round, string? itemNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var suggestion = round.Suggestions.FirstOrDefault(s => s.ItemNumber == itemNumber);
        if (suggestion is null)
            return Task.FromResult<(AcceptOutcome, int?)>((AcceptOutcome.NotSuggested, null));
        var goal = new SuggestedGoal(suggestion.Key, suggestion.Outcome, suggestion.Issue, suggestion.SuccessMeasure, GoalPriority.Medium,
            $"From the {QuestionnaireRounds.RoundName(round.Instrument, round.Round.Audit)}: ‘{suggestion.ItemName.TrimEnd('.')}’");
        return AcceptAsync(round.Round.AuditId, goal, round.AcceptedGoals, cancellationToken);
    }

    private async Task<(AcceptOutcome Outcome, int? GoalId)> AcceptAsync(int auditId, SuggestedGoal suggested, IReadOnlyDictionary<string, int> accepted, CancellationToken cancellationToken)
    {
        if (accepted.TryGetValue(suggested.Key, out var existing))
            return (AcceptOutcome.AlreadyInPlan, existing);

        var audit = await db.Audits.FirstAsync(a => a.Id == auditId, cancellationToken);
        var setting = await db.Settings.FirstAsync(s => s.Id == audit.SettingId, cancellationToken);
        var source = new GoalSource(GoalSourceKind.Audit, audit.Id, Cut(suggested.SourceText, PlanGoal.SourceTextMaxLength));
        var goal = new PlanGoal(setting, source, db.CurrentUser.DisplayName, time.GetUtcNow());
        goal.Describe(Cut(suggested.Outcome, PlanGoal.OutcomeMaxLength), Cut(suggested.Issue, PlanGoal.IssueMaxLength), null, null,
            suggested.Priority, Cut(suggested.SuccessMeasure, PlanGoal.SuccessMeasureMaxLength), null);
        db.PlanGoals.Add(goal);
        db.AuditGoals.Add(new AuditGoal(audit, suggested.Key, goal));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Accepted at the same moment elsewhere (the unique index on audit and suggestion): that goal stands.
            db.ChangeTracker.Clear();
            var other = await db.AuditGoals.Where(g => g.AuditId == auditId && g.SuggestionKey == suggested.Key).Select(g => (int?)g.PlanGoalId).FirstOrDefaultAsync(cancellationToken);
            if (other is null)
                throw;
            return (AcceptOutcome.AlreadyInPlan, other);
        }

        return (AcceptOutcome.Added, goal.Id);
    }

    /// "From the Early childhood environment rating (compatible with ECERS-3) of 12 November 2026, Pre-school room:
    /// item 14 Staff use of books with children".
    public static string SourceText(AuditResult result, GoalSuggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(suggestion);
        var room = result.Audit.RoomName is { } name ? $", {name}" : "";
        return $"From the {LowerFirst(result.Instrument.Name)} of {Infrastructure.Format.Date(result.Audit.ObservedOn)}{room}: {LowerFirst(suggestion.About)}";
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// A suggestion's words as the goal they become, and the key that stops it being added twice.
    private sealed record SuggestedGoal(string Key, string Outcome, string Issue, string SuccessMeasure, GoalPriority Priority, string SourceText);
}
