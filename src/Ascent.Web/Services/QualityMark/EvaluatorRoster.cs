using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// One evaluator of the signed-in LA: whether they have each scheme's training, their conflicts of interest in force
/// and how many settings they evaluate now (accreditations in progress, with the panel or appealed).
public sealed record EvaluatorSummary(Guid Id, string Name, string Email, IReadOnlySet<string> TrainedFor, int CurrentConflicts, int Settings);

/// The LA's evaluators: the people with the Quality Mark Evaluator role in the signed-in person's LA (the users'
/// query filter keeps every other LA's out), with what the evaluators page and allocation need to know of them.
public sealed class EvaluatorRoster(AppDbContext db)
{
    /// The accreditations an evaluator is working on: counted as "settings now".
    public static readonly AccreditationStatus[] Open = [AccreditationStatus.InProgress, AccreditationStatus.Recommended, AccreditationStatus.NotYet, AccreditationStatus.Appealed];

    public IQueryable<AppUser> Evaluators =>
        db.ActiveUsersInRoles(Roles.QualityMarkEvaluator).Where(u => u.TenantId != null && u.SettingId == null && u.TenantId == db.CurrentUser.TenantId);

    public async Task<IReadOnlyList<EvaluatorSummary>> ListAsync(Guid? only, CancellationToken cancellationToken)
    {
        var people = await Evaluators.Where(u => only == null || u.Id == only)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var training = await db.EvaluatorTrainings.AsNoTracking().Where(t => ids.Contains(t.UserId) && t.SchemeCode != null)
            .Select(t => new { t.UserId, t.SchemeCode }).ToListAsync(cancellationToken);
        var conflicts = await db.EvaluatorConflicts.AsNoTracking().Where(c => ids.Contains(c.UserId) && c.RemovedAt == null)
            .GroupBy(c => c.UserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var settings = await db.Accreditations.AsNoTracking().Where(a => a.EvaluatorId != null && ids.Contains(a.EvaluatorId.Value) && Open.Contains(a.Status))
            .GroupBy(a => a.EvaluatorId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. people.Select(p => new EvaluatorSummary(p.Id, p.DisplayName, p.Email ?? "",
            training.Where(t => t.UserId == p.Id).Select(t => t.SchemeCode!).ToHashSet(StringComparer.Ordinal),
            conflicts.FirstOrDefault(c => c.Key == p.Id)?.Count ?? 0,
            settings.FirstOrDefault(s => s.Key == p.Id)?.Count ?? 0))];
    }

    /// What allocation checks of a person: the role (in this LA), the scheme's training and conflicts with the setting.
    public async Task<AllocationCandidate?> CandidateAsync(Guid userId, int settingId, string schemeCode, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.TenantId == db.CurrentUser.TenantId && u.IsActive)
            .Select(u => new { u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
            return null;
        var isEvaluator = await Evaluators.AnyAsync(u => u.Id == userId, cancellationToken);
        var trained = await db.EvaluatorTrainings.AnyAsync(t => t.UserId == userId && t.SchemeCode == schemeCode, cancellationToken);
        var conflicts = await db.EvaluatorConflicts.Where(c => c.UserId == userId && c.SettingId == settingId && c.RemovedAt == null)
            .OrderBy(c => c.RecordedAt).Select(c => c.Reason).ToListAsync(cancellationToken);
        return new AllocationCandidate(user.DisplayName, isEvaluator, trained, conflicts);
    }

    /// A user's name in the signed-in LA, or null.
    public Task<string?> NameAsync(Guid? userId, CancellationToken cancellationToken) => userId is null
        ? Task.FromResult<string?>(null)
        : db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
}
