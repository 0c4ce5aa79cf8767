using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Reviews;

/// The LA's annual reviews and re-accreditations still to do, overdue first, then open, then those opening later;
/// the coordinator records each one's outcome from here.
public sealed class IndexModel(AppDbContext db, TimeProvider time, CurrentUser user) : PageModel
{
    public IReadOnlyList<ReviewRow> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool IsCoordinator => QualityMarkAccess.CoordinatorRoles.Any(user.IsInRole);

    public IEnumerable<ReviewRow> In(ReviewState state) => Rows.Where(r => r.State == state);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData.FullWidth();
        Today = time.Today();
        var rows = await db.AccreditationReviews.AsNoTracking()
            .Where(r => r.DoneOn == null && r.Accreditation.Status == AccreditationStatus.Accredited)
            .Join(db.Settings, r => r.SettingId, s => s.Id, (r, s) => new { Review = r, Setting = s.Name })
            .OrderBy(r => r.Review.DueOn).ThenBy(r => r.Setting)
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(r => new ReviewRow(r.Review.Id, r.Review.AccreditationId, r.Setting, r.Review.Label, r.Review.Stage, r.Review.OpensOn, r.Review.DueOn, r.Review.StateOn(Today)))];
    }
}

public sealed record ReviewRow(int Id, int AccreditationId, string SettingName, string Label, string Stage, DateOnly OpensOn, DateOnly DueOn, ReviewState State);
