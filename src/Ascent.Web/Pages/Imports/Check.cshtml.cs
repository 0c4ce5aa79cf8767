using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Cases;
using Ascent.Web.Services.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Imports;

/// "Check this file": what importing the uploaded file would do, worked out with nothing written, and the Import
/// button. When more settings would leave the register than may leave unconfirmed, the person types how many have
/// left; any other number is refused (docs/adr/0005-register-imports.md).
public sealed class CheckModel(AppDbContext db, RegisterImporter importer, PathwayEngine pathways, ImportQueueWorker imports) : PageModel
{
    public static IReadOnlyDictionary<string, string> EventLabels { get; } = new Dictionary<string, string>
    {
        [ChangeEventTypes.NewRegistration] = "New registrations",
        [ChangeEventTypes.FirstSeen] = "First seen (registered earlier, new to Ascent)",
        [ChangeEventTypes.NewJudgement] = "New judgements",
        [ChangeEventTypes.JudgementChanged] = "Judgements corrected",
        [ChangeEventTypes.Enforcement] = "Enforcement",
        [ChangeEventTypes.LeftRegister] = "Left the register",
    };

    /// Text, not a number, so that "65,942" is accepted and anything else gets a clear message.
    [BindProperty]
    public string? ConfirmLeavers { get; set; }

    public string FileNames { get; private set; } = "";

    public ImportPlan? Plan { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } run)
            return NotFound();
        if (Plan is not { } plan)
            return Page();

        var confirmed = Confirmed(plan.Leavers);
        if (!ModelState.IsValid)
            return Page();

        // The files are already in the database with the run: importing it queues it for whichever node claims it
        // first. The check let go of everything it read, so the run is read again to be changed.
        run = await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == id && r.Status == ImportStatus.Checking, cancellationToken);
        if (run is null)
            return NotFound();
        run.Queue(confirmed);
        await db.SaveChangesAsync(cancellationToken);
        imports.Wake();
        return Redirect($"/imports/{run.Id}");
    }

    // Reads the files and works out the plan again: on the way in, what Ascent holds may have changed since the page was shown.
    private async Task<ImportRun?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        // The query filters keep an upload to its local authority (a system administrator's for every LA to them).
        var run = await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.Status == ImportStatus.Checking, cancellationToken);
        if (run is null)
            return null;
        FileNames = run.FileNames;
        var files = await db.ImportUploads.AsNoTracking().Where(u => u.ImportRunId == run.Id).OrderBy(u => u.Position)
            .Select(u => new { u.FileName, u.Content }).ToListAsync(cancellationToken);
        try
        {
            var batch = ImportSources.Read(run.Source, [.. files.Select(f => (f.FileName, (Func<Stream>)(() => new MemoryStream(f.Content, writable: false))))], null);
            Plan = await importer.PreviewAsync(batch, run.TenantId, pathways, cancellationToken);
        }
        catch (ImportException error)
        {
            Problem = error.Message;
        }

        return run;
    }

    private int? Confirmed(LeaverCheck leavers)
    {
        var text = ConfirmLeavers?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (leavers.NeedsConfirmation)
                ModelState.AddModelError(nameof(ConfirmLeavers), "Enter how many settings have left the register");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count))
        {
            ModelState.AddModelError(nameof(ConfirmLeavers), "Enter the number of settings that have left the register, like 320");
            return null;
        }

        if (!leavers.IsConfirmedBy(count))
            ModelState.AddModelError(nameof(ConfirmLeavers), string.Create(CultureInfo.InvariantCulture, $"This file would mark {leavers.Leaving:N0} settings as having left the register, not {count:N0}: check the file"));
        return count;
    }
}
