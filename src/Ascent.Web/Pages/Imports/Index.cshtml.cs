using Ascent.Web.Data;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Imports;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Pages.Imports;

// A month's Ofsted file is about 25 MB; allow well over that.
[RequestSizeLimit(256L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class IndexModel(AppDbContext db, IOptions<AscentOptions> options, IWebHostEnvironment environment) : PageModel
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

        // Nothing is imported yet: the files are kept for the check page, which shows what importing them would do.
        var id = Guid.NewGuid();
        var dataDirectory = options.Value.ResolveDataDirectory(environment.ContentRootPath);
        var folder = ImportCheck.FolderFor(dataDirectory, id);
        Directory.CreateDirectory(folder);
        var files = new List<ImportCheck.File>();
        foreach (var (file, index) in Files.Select((f, i) => (f, i)))
        {
            // The browser's file name is only for display, never part of a path.
            var path = Path.Combine(folder, $"{index:D3}.upload");
            await using (var stream = System.IO.File.Create(path))
                await file.CopyToAsync(stream, cancellationToken);
            files.Add(new ImportCheck.File(Path.GetFileName(file.FileName), path));
        }

        await new ImportCheck(id, Source, db.CurrentUser.TenantId, db.CurrentUser.UserId, files).SaveAsync(dataDirectory, cancellationToken);
        return Redirect($"/imports/check/{id:N}");
    }

    private async Task LoadAsync()
    {
        TenantName = await db.Tenants.Select(t => t.Name).FirstOrDefaultAsync() ?? "";
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync();
    }
}
