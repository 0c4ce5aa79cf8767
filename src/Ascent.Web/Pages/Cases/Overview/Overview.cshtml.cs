using Ascent.Web.Domain.Calendar;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Cases.Overview;

[Authorize(Policy = Policies.ManageCases)]
public sealed class OverviewModel(CaseOverview overview, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Months { get; set; } = 12;

    public OverviewFigures Figures { get; private set; } = null!;

    public DateOnly Since { get; private set; }

    public IEnumerable<SelectListItem> MonthItems { get; } =
        [new("the last 3 months", "3"), new("the last 6 months", "6"), new("the last 12 months", "12"), new("the last 24 months", "24")];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Months = Math.Clamp(Months, 1, 120);
        var today = time.Today();
        Since = today.AddMonths(-Months);
        Figures = await overview.ForAsync(today, Since, cancellationToken);
    }
}
