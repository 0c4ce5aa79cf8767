using System.Globalization;
using Ascent.Web.Cases;
using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Imports;
using Ascent.Web.Infrastructure;
using Ascent.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Pages.Imports;

/// "Check this file": what importing the uploaded file would do, worked out with nothing written, and the Import
/// button. When more settings would leave the register than may leave unconfirmed, the person types how many have
/// left; any other number is refused (docs/adr/0005-register-imports.md).
public sealed class CheckModel(AppDbContext db, RegisterImporter importer, PathwayEngine pathways, ImportQueue queue,
    IOptions<AscentOptions> options, IWebHostEnvironment environment, TimeProvider time) : PageModel
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

    private string DataDirectory => options.Value.ResolveDataDirectory(environment.ContentRootPath);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } check)
            return NotFound();
        if (Plan is not { } plan)
            return Page();

        var confirmed = Confirmed(plan.Leavers);
        if (!ModelState.IsValid)
            return Page();

        var run = new ImportRun(check.TenantId, check.Source, FileNames, db.CurrentUser.DisplayName, time.GetUtcNow());
        if (confirmed is { } count)
            run.ConfirmLeavers(count);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var folder = Path.Combine(DataDirectory, "uploads", run.Id.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var files = new List<(string Name, string Path)>();
        foreach (var (file, index) in check.Files.Select((f, i) => (f, i)))
        {
            var path = Path.Combine(folder, $"{index:D3}.upload");
            System.IO.File.Move(file.Path, path);
            files.Add((file.Name, path));
        }

        Directory.Delete(ImportCheck.FolderFor(DataDirectory, id), recursive: true);
        await queue.EnqueueAsync(new ImportRequest(run.Id, check.Source, check.TenantId, db.CurrentUser.DisplayName, files), cancellationToken);
        return Redirect($"/imports/{run.Id}");
    }

    // Reads the files and works out the plan again: on the way in, what Ascent holds may have changed since the page was shown.
    private async Task<ImportCheck?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var check = await ImportCheck.LoadAsync(DataDirectory, id, db.CurrentUser.UserId, db.CurrentUser.TenantId, cancellationToken);
        if (check is null)
            return null;
        FileNames = string.Join(", ", check.Files.Select(f => f.Name));
        try
        {
            var batch = ImportSources.Read(check.Source, check.Openers(), null);
            Plan = await importer.PreviewAsync(batch, check.TenantId, pathways, cancellationToken);
        }
        catch (ImportException error)
        {
            Problem = error.Message;
        }

        return check;
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
