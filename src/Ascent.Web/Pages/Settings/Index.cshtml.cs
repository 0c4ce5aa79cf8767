using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Settings;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Query { get; set; }

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Func<int, string> PageUrl => page => $"/settings?p={page}" + (string.IsNullOrEmpty(Query) ? "" : $"&Query={Uri.EscapeDataString(Query)}");

    public async Task OnGetAsync()
    {
        var settings = db.Settings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim().ToUpperInvariant();
            settings = settings.Where(s => s.Name.ToUpper().Contains(q) || s.Reference.ToUpper() == q || (s.Postcode != null && s.Postcode.ToUpper().StartsWith(q)));
        }

        Total = await settings.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await settings.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Row(s.Id, s.Name, s.Reference, s.ProviderType, s.Postcode,
                s.LatestFrameworkCode, s.LatestOverallGrade))
            .ToListAsync();
    }

    public sealed record Row(int Id, string Name, string Reference, string ProviderType, string? Postcode, string? LatestFrameworkCode, string? LatestGrade);
}
