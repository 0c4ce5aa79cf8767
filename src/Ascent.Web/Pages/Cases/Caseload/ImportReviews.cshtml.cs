using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Imports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Caseload;

/// Support cases that a reverted import opened or closed, for the Senior Improvement Adviser to confirm one by one:
/// a revert never reopens or closes a case by itself.
[Authorize(Policy = Policies.ManageCases)]
public sealed class ImportReviewsModel(ImportUndo undo) : PageModel
{
    public IReadOnlyList<ImportUndo.CaseToReview> Waiting { get; private set; } = [];

    public IReadOnlyList<ImportUndo.CaseToReview> Decided { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waiting = await undo.CasesToReview(runId: null, decided: false).ToListAsync(cancellationToken);
        Decided = await undo.CasesToReview(runId: null, decided: true).Take(50).ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long review, string? decision, CancellationToken cancellationToken)
    {
        // Another tenant's review, one decided already, or a decision that does not fit it: nothing to do here.
        if (decision is null || !await undo.DecideAsync(review, decision, cancellationToken))
            return NotFound();
        return Redirect("/cases/import-reviews");
    }
}
