using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Allocation;

/// What the evaluator's pages of one accreditation share: the accreditation (through the query filters, so another
/// LA's is not found), its cohort, its setting's name and the scheme the cohort runs on.
public abstract class AccreditationPage(AppDbContext db, SchemeVersions schemes) : PageModel
{
    protected AppDbContext Db => db;

    public Accreditation Accreditation { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public SchemeDefinition Scheme { get; private set; } = null!;

    public bool IsCoordinator => QualityMarkAccess.CoordinatorRoles.Any(db.CurrentUser.IsInRole);

    protected async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var accreditation = await db.Accreditations.Include(a => a.Cohort).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (accreditation is null || await schemes.OfCohortAsync(accreditation.Cohort, cancellationToken) is not { } scheme)
            return false;
        (Accreditation, Scheme) = (accreditation, scheme);
        SettingName = await db.Settings.Where(s => s.Id == accreditation.SettingId).Select(s => s.Name).FirstAsync(cancellationToken);
        await LoadMoreAsync(cancellationToken);
        return true;
    }

    protected abstract Task LoadMoreAsync(CancellationToken cancellationToken);

    /// The evaluators with a conflict of interest with this setting in force.
    protected async Task<HashSet<Guid>> ConflictedAsync(CancellationToken cancellationToken) =>
        [.. await db.EvaluatorConflicts.Where(c => c.SettingId == Accreditation.SettingId && c.RemovedAt == null).Select(c => c.UserId).ToListAsync(cancellationToken)];
}
