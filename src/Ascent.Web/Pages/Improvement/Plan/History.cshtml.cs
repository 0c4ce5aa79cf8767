using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure.GovUk;
using Ascent.Web.Services.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Improvement.Plan;

/// What changed in the plan between two dates: goals added, every field changed with its words before and after,
/// who changed it, and the progress notes and comments written meanwhile. Every version is kept (PlanGoalRevision).
public sealed class HistoryModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PlanPage(db, time, frameworks)
{
    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    public DateOnly FromDate { get; private set; }

    public DateOnly ToDate { get; private set; }

    public List<GoalChanges> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        // The last four weeks unless asked otherwise.
        ToDate = Today;
        FromDate = ToDate.AddDays(-28);
        FromDate = Read(From, nameof(From), "The first date must be a real date, like 1 9 2026") ?? FromDate;
        ToDate = Read(To, nameof(To), "The second date must be a real date, like 30 11 2026") ?? ToDate;
        if (ModelState.IsValid && FromDate > ToDate)
            ModelState.AddModelError(nameof(To), "The second date must be the same as or after the first");
        if (!ModelState.IsValid)
            return Page();

        From = DateInput.From(FromDate);
        To = DateInput.From(ToDate);
        Changes = await PlanHistory.BetweenAsync(Db, id, FromDate, ToDate, Frameworks, cancellationToken);
        return Page();
    }

    private DateOnly? Read(DateInput input, string key, string error)
    {
        if (input.IsEmpty)
            return null;
        if (input.TryGetDate(out var date))
            return date;
        ModelState.AddModelError(key, error);
        return null;
    }
}
