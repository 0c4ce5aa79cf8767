using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Imports;
using Ascent.Web.Infrastructure;
using Ascent.Web.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Pages.Imports;

// A month's Ofsted file is about 25 MB; allow well over that.
[RequestSizeLimit(256L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class IndexModel(AppDbContext db, ImportQueue queue, IOptions<AscentOptions> options, IWebHostEnvironment environment, TimeProvider time) : PageModel
{
    [BindProperty]
    public string Source { get; set; } = Ascent.Web.Imports.Ofsted.OfstedBatchReader.Source;

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

        var run = new ImportRun(db.CurrentUser.TenantId, Source, string.Join(", ", Files.Select(f => Path.GetFileName(f.FileName))), db.CurrentUser.DisplayName, time.GetUtcNow());
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var folder = Path.Combine(options.Value.ResolveDataDirectory(environment.ContentRootPath), "uploads", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var files = new List<(string Name, string Path)>();
        foreach (var (file, index) in Files.Select((f, i) => (f, i)))
        {
            // The browser's file name is only for display, never part of a path.
            var path = Path.Combine(folder, $"{index:D3}.upload");
            await using (var stream = System.IO.File.Create(path))
                await file.CopyToAsync(stream, cancellationToken);
            files.Add((Path.GetFileName(file.FileName), path));
        }

        await queue.EnqueueAsync(new ImportRequest(run.Id, Source, db.CurrentUser.TenantId, db.CurrentUser.DisplayName, files), cancellationToken);
        return Redirect($"/imports/{run.Id}");
    }

    private async Task LoadAsync()
    {
        TenantName = await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync() ?? "";
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync();
    }
}
