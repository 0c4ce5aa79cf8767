using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Services.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Imports;

// A month's Ofsted file is about 25 MB; allow well over that.
[RequestSizeLimit(256L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string Source { get; set; } = Ascent.Web.Services.Imports.Ofsted.OfstedBatchReader.Source;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    public bool ForEveryLocalAuthority => db.CurrentUser.TenantId is null;

    public string TenantName { get; private set; } = "";

    public IEnumerable<SelectListItem> SourceItems => ImportSources.All.Select(s => new SelectListItem(s.Label, s.Code));

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ImportSources.IsKnown(Source))
            ModelState.AddModelError(nameof(Source), "Select whose file it is");
        if (Files.Count == 0 || Files.All(f => f.Length == 0))
            ModelState.AddModelError(nameof(Files), "Select the file to import");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        // Nothing is imported yet: the files wait in the database with their run (so any node can show the check and
        // run the import), and the check page shows what importing them would do.
        var run = ImportRun.Uploaded(db.CurrentUser.TenantId, Source, string.Join(", ", Files.Select(f => Path.GetFileName(f.FileName))), db.CurrentUser.DisplayName, time.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (file, index) in Files.Select((f, i) => (f, i)))
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            // The browser's file name is only for display.
            var name = Path.GetFileName(file.FileName);
            db.ImportUploads.Add(new ImportUpload(run.Id, index, name.Length > 300 ? name[..300] : name, content.ToArray()));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect($"/imports/check/{run.Id}");
    }

    private async Task LoadAsync()
    {
        TenantName = await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync() ?? "";
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync();
    }
}
