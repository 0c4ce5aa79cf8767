using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Evaluators;

/// A conflict of interest as the evaluator's page shows it.
public sealed record ConflictRow(int Id, int SettingId, string SettingName, string Reason, string RecordedBy, DateTimeOffset RecordedAt, string? RemovedBy, DateTimeOffset? RemovedAt, string RemovalReason)
{
    public bool IsCurrent => RemovedAt is null;
}

/// A setting allocated to the evaluator.
public sealed record AllocationRow(int AccreditationId, string SettingName, string CohortName, AccreditationStatus Status, DateOnly? AllocatedOn);

/// What the evaluator's pages share: the evaluator (one of the signed-in LA's, or not found), whether the signed-in
/// person coordinates (and so may change things) and, for an evaluator, that it is their own page.
public abstract class EvaluatorPage(AppDbContext db, EvaluatorRoster roster, SchemeVersions schemes) : PageModel
{
    protected AppDbContext Db => db;

    public bool IsCoordinator => QualityMarkAccess.CoordinatorRoles.Any(db.CurrentUser.IsInRole);

    /// The LA's current schemes: training is recorded against one of them.
    public IReadOnlyList<SchemeDefinition> Schemes { get; private set; } = [];

    public EvaluatorSummary Evaluator { get; private set; } = null!;

    public IReadOnlyList<EvaluatorTraining> Training { get; private set; } = [];

    public IReadOnlyList<ConflictRow> Conflicts { get; private set; } = [];

    public IReadOnlyList<AllocationRow> Allocations { get; private set; } = [];

    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!IsCoordinator && db.CurrentUser.UserId != id)
            return false;
        var list = await roster.ListAsync(id, cancellationToken);
        var found = list.Count > 0 ? list[0] : null;
        if (found is null)
            return false;
        Evaluator = found;
        Schemes = [.. (await schemes.CurrentAsync(db.CurrentUser.TenantId ?? -1, cancellationToken)).Select(s => s.Definition)];
        Training = await db.EvaluatorTrainings.AsNoTracking().Where(t => t.UserId == id).OrderByDescending(t => t.CompletedOn).ToListAsync(cancellationToken);
        Conflicts = await db.EvaluatorConflicts.AsNoTracking().Where(c => c.UserId == id)
            .Join(db.Settings, c => c.SettingId, s => s.Id, (c, s) => new ConflictRow(c.Id, c.SettingId, s.Name, c.Reason, c.RecordedBy, c.RecordedAt, c.RemovedBy, c.RemovedAt, c.RemovalReason))
            .ToListAsync(cancellationToken);
        Conflicts = [.. Conflicts.OrderBy(c => c.RemovedAt is not null).ThenByDescending(c => c.RecordedAt)];
        Allocations = await db.Accreditations.AsNoTracking().Where(a => a.EvaluatorId == id)
            .Join(db.Settings, a => a.SettingId, s => s.Id, (a, s) => new AllocationRow(a.Id, s.Name, a.Cohort.Name, a.Status, a.AllocatedOn))
            .ToListAsync(cancellationToken);
        Allocations = [.. Allocations.OrderBy(a => !EvaluatorRoster.Open.Contains(a.Status)).ThenBy(a => a.SettingName, StringComparer.OrdinalIgnoreCase)];
        await LoadFormsAsync(cancellationToken);
        return true;
    }

    protected virtual Task LoadFormsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public string SchemeName(string? code) => code is null ? "" : Schemes.FirstOrDefault(s => s.Code == code)?.Name ?? "the scheme";
}

/// The reason given for recording or removing a conflict of interest.
public static class ConflictForm
{
    public static void CheckReason(ModelStateDictionary modelState, string field, string? reason, string missing)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(reason))
            modelState.AddModelError(field, missing);
        else if (reason.Trim().Length > EvaluatorConflict.ReasonMaxLength)
            modelState.AddModelError(field, $"The reason must be {EvaluatorConflict.ReasonMaxLength} characters or fewer");
    }
}
