using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases;

/// Cases: an adviser starts on their own; managers on all open cases; "waiting for allocation" lists the cases
/// nobody has been allocated to yet.
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pathway { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public int Count { get; private set; }

    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);

    public DateOnly Today { get; private set; }

    public IEnumerable<SelectListItem> ShowItems { get; } =
    [
        new("Cases allocated to me", "mine"),
        new("All open cases", "open"),
        new("Waiting for allocation", "unallocated"),
        new("Closed cases", "closed"),
    ];

    public IReadOnlyList<SelectListItem> PathwayItems { get; private set; } = [];

    public string PageUrl(int page) => $"/cases?Show={Uri.EscapeDataString(Show ?? "")}&Pathway={Uri.EscapeDataString(Pathway ?? "")}&p={page}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Show ??= User.IsInRole(Roles.ImprovementAdviser) && !User.IsInRole(Roles.SeniorImprovementAdviser) ? "mine" : "open";
        Today = time.Today();
        var me = db.CurrentUser.UserId;
        var cases = db.Cases.AsNoTracking();
        cases = Show switch
        {
            "mine" => cases.Where(c => c.Status == CaseStatus.Open && c.AdviserId == me),
            "unallocated" => cases.Where(c => c.Status == CaseStatus.Open && c.AdviserId == null),
            "closed" => cases.Where(c => c.Status == CaseStatus.Closed),
            _ => cases.Where(c => c.Status == CaseStatus.Open),
        };
        if (!string.IsNullOrEmpty(Pathway))
            cases = cases.Where(c => c.PathwayCode == Pathway);

        PathwayItems = [new("All pathways", ""), .. (await db.Cases.AsNoTracking().Select(c => new { c.PathwayCode, c.PathwayName }).Distinct().ToListAsync(cancellationToken))
            .DistinctBy(p => p.PathwayCode).OrderBy(p => p.PathwayName).Select(p => new SelectListItem(p.PathwayName, p.PathwayCode))];
        Count = await cases.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await cases.OrderBy(c => c.Setting!.Name).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new CaseRow(
                c.Id, c.Setting!.Name, c.Setting.Reference, c.PathwayName, c.StartedOn, c.AdviserName, c.Status, c.ClosedReason,
                c.Tasks.Where(t => t.State == CaseTaskState.Open).OrderBy(t => t.DueOn).Select(t => t.Title).FirstOrDefault(),
                c.Tasks.Where(t => t.State == CaseTaskState.Open).OrderBy(t => t.DueOn).Select(t => (DateOnly?)t.DueOn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}

public sealed record CaseRow(int Id, string SettingName, string Reference, string Pathway, DateOnly StartedOn, string? Adviser, CaseStatus Status, string? ClosedReason, string? NextTask, DateOnly? NextDue);
