using Ascent.Web.Data;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Audit;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    private const int PageSize = 50;
    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IEnumerable<SelectListItem> EntityTypeItems { get; private set; } = [];

    public IEnumerable<SelectListItem> ActionItems { get; } =
        new[] { ("", "Any change"), ("Created", "Created"), ("Updated", "Updated"), ("Deleted", "Deleted") }.Select(a => new SelectListItem(a.Item2, a.Item1));

    public Func<int, string> PageUrl => page => $"{Request.Path}{QueryWithout("p")}p={page}";

    public async Task OnGetAsync()
    {
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync();
        EntityTypeItems = new[] { new SelectListItem("Anything", "") }.Concat(types.Select(t => new SelectListItem(AuditText.Words(t), t)));

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(EntityType))
            entries = entries.Where(a => a.EntityType == EntityType);
        if (!string.IsNullOrEmpty(ActionName))
            entries = entries.Where(a => a.Action == ActionName);
        if (!string.IsNullOrWhiteSpace(Actor))
            entries = entries.Where(a => a.ActorName.ToUpper().Contains(Actor.Trim().ToUpper()));
        if (ParseDate(From, "From") is { } from)
            entries = entries.Where(a => a.At >= from);
        if (ParseDate(To, "To") is { } to)
            entries = entries.Where(a => a.At < to.AddDays(1));

        Total = await entries.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await entries.OrderByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.At, a.ActorName, a.Action, a.EntityType, a.EntityId))
            .ToListAsync();
    }

    private DateTimeOffset? ParseDate(DateInput input, string field)
    {
        if (input.IsEmpty)
            return null;
        if (!input.TryGetDate(out var date))
        {
            ModelState.AddModelError(field, $"{field} must be a real date, like 27 3 2026");
            return null;
        }

        return Format.StartOfUkDay(date);
    }

    private string QueryWithout(string key)
    {
        var pairs = Request.Query.Where(q => !string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        var query = string.Join("&", pairs);
        return query.Length == 0 ? "?" : $"?{query}&";
    }

    public sealed record Row(long Id, DateTimeOffset At, string ActorName, string Action, string EntityType, string EntityId);
}
