using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Caseload;

/// The initial caseload step of an LA new to Ascent: propose cases for the settings already in difficulty, then
/// confirm the ones wanted. Proposals are not live, so no one's task list shows them until they are confirmed.
[Authorize(Roles = Roles.SeniorImprovementAdviser + "," + Roles.LaAdministrator)]
public sealed class InitialModel(AppDbContext db, InitialCaseload caseload) : PageModel
{
    [BindProperty]
    public int? Months { get; set; } = InitialCaseload.DefaultMonths;

    [BindProperty]
    public List<int> Selected { get; set; } = [];

    public IReadOnlyList<ProposalRow> Proposals { get; private set; } = [];

    public IEnumerable<SelectListItem> ProposalItems =>
        Proposals.Select(p => new SelectListItem($"{p.SettingName} ({p.Reference}): {p.PathwayName}", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        // A value that is not a number fails binding and leaves the default in Months: ModelState says so.
        if (!ModelState.IsValid || Months is not (>= 1 and <= 120))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Months), "Enter a number of months between 1 and 120");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var count = await caseload.ProposeAsync(tenantId, Months.Value, cancellationToken);
        Message = count switch
        {
            0 => "No new cases to propose",
            1 => "1 case proposed: check it and confirm it if it is wanted",
            _ => $"{count} cases proposed: check them and confirm the ones wanted",
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        if (Selected.Count == 0)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Selected), "Select the cases to confirm");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var count = await caseload.ConfirmAsync(Selected, cancellationToken);
        Message = count == 1 ? "1 case confirmed: it is now open" : $"{count} cases confirmed: they are now open";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is null)
            return NotFound();
        var count = await caseload.DiscardAsync(cancellationToken);
        Message = count == 1 ? "1 proposal discarded" : $"{count} proposals discarded";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var proposals = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Proposed)
            .Select(c => new
            {
                c.Id,
                SettingName = c.Setting!.Name,
                c.Setting.Reference,
                c.PathwayName,
                c.StartedOn,
                c.Reason,
                NextVisit = c.Tasks.Where(t => t.State == CaseTaskState.Open && t.Kind == TaskKinds.Visit).Min(t => t.VisitNumber),
                NextDue = c.Tasks.Where(t => t.State == CaseTaskState.Open).Min(t => (DateOnly?)t.DueOn),
            })
            .ToListAsync(cancellationToken);
        Proposals = [.. proposals
            .Select(p => new ProposalRow(p.Id, p.SettingName, p.Reference, p.PathwayName, p.StartedOn, p.Reason, p.NextVisit, p.NextDue))
            .OrderBy(p => p.SettingName, StringComparer.Ordinal).ThenBy(p => p.PathwayName, StringComparer.Ordinal)];
    }
}

public sealed record ProposalRow(int Id, string SettingName, string Reference, string PathwayName, DateOnly StartedOn, string Reason, int? NextVisitNumber, DateOnly? NextTaskDue);
