using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Imports;

public sealed class RunModel(AppDbContext db, ImportQueue queue) : PageModel
{
    public ImportRun Run { get; private set; } = null!;

    public (int Done, int Total)? Progress { get; private set; }

    public IReadOnlyList<ImportRejectedRow> FirstRejected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var run = await db.ImportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (run is null)
            return NotFound();
        Run = run;
        Progress = queue.ProgressOf(id);
        FirstRejected = await db.ImportRejectedRows.AsNoTracking().Where(r => r.ImportRunId == id).OrderBy(r => r.Id).Take(20).ToListAsync();
        return Page();
    }
}
