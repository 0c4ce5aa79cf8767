using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Ascent.Web.Pages.Settings;

public sealed class IndexModel(AppDbContext db, FrameworkRegistry frameworks, IMemoryCache cache) : PageModel
{
    private const int PageSize = 50;

    private const int LastPageAsked = int.MaxValue / PageSize - 1;

    [BindProperty(SupportsGet = true)]
    public SettingsFilter Filter { get; set; } = new();

    // "page" is Razor Pages' own route value, so the page number travels as "p".
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// Every setting that matches, counted exactly: over the whole national register a count is a scan of about
    /// 10 ms on PostgreSQL (docs/performance.md).
    public int Total { get; private set; }

    /// Where the settings listed are: the local authority chosen, or the one authority of an LA's own register.
    public string? Scope { get; private set; }

    public string Heading => $"{Total:N0} {(Total == 1 ? "setting" : "settings")}{(Scope is null ? "" : " in " + Scope)}";

    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IEnumerable<SelectListItem> TypeItems { get; private set; } = [];

    public IEnumerable<SelectListItem> SectorItems { get; private set; } = [];

    public IEnumerable<SelectListItem> StandingItems { get; private set; } = [];

    public IEnumerable<SelectListItem> AreaItems { get; private set; } = [];

    public IEnumerable<SelectListItem> AreaGradeItems { get; private set; } = [];

    public IEnumerable<SelectListItem> DistrictItems { get; private set; } = [];

    public IEnumerable<SelectListItem> AuthorityItems { get; private set; } = [];

    public IEnumerable<SelectListItem> LocalityItems { get; private set; } = [];

    public Func<int, string> PageUrl => page => "/settings" + Filter.ToQueryString(page: page);

    public string SortUrl(string column) =>
        "/settings" + Filter.ToQueryString(sort: Filter.Sort == column ? "-" + column : column);

    public string ExportUrl(string format) => $"/settings/export{Filter.ToQueryString()}{(Filter.ToQueryString().Length == 0 ? "?" : "&")}format={format}";

    public async Task OnGetAsync()
    {
        Total = await Filter.Match(db.Settings.AsNoTracking()).CountAsync();
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Min(PageCount, LastPageAsked));
        Rows = await Filter.Apply(db.Settings.AsNoTracking(), frameworks).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new Row(s.Id, s.Name, s.Reference, s.ProviderType, s.Postcode, s.LocalAuthorityName, s.StandingCode, s.LatestInspectionDate))
            .ToListAsync();
        await LoadChoicesAsync();
    }

    private async Task LoadChoicesAsync()
    {
        // The choices come from the register itself, so a filter never offers what cannot match. They change only
        // with an import, so each scope's are kept for a few minutes rather than read with every page (5 queries).
        var me = db.CurrentUser;
        var choices = await cache.GetOrCreateAsync($"settings-choices:{me.IsSystem}:{me.TenantId}:{me.SettingId}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            var register = db.Settings.AsNoTracking();
            return new FilterChoices(
                await register.Select(s => s.ProviderType).Distinct().OrderBy(t => t).ToListAsync(),
                await register.Where(s => s.Sector != null).Select(s => s.Sector!).Distinct().OrderBy(t => t).ToListAsync(),
                await register.Where(s => s.LocalAuthorityName != null).Select(s => s.LocalAuthorityName!).Distinct().OrderBy(t => t).ToListAsync(),
                await register.Where(s => s.District != null).Select(s => s.District!).Distinct().OrderBy(t => t).ToListAsync(),
                await register.Where(s => s.LocalityPartnership != null).Select(s => s.LocalityPartnership!).Distinct().OrderBy(t => t).ToListAsync());
        });
        TypeItems = Choices("Any type", choices!.Types);
        SectorItems = Choices("Any sector", choices.Sectors);
        AuthorityItems = choices.Authorities.Count > 1 ? Choices("Any local authority", choices.Authorities) : [];
        // An LA's staff see their own register, whose one authority the cached choices already hold: no query more.
        Scope = !string.IsNullOrEmpty(Filter.LocalAuthority) ? Filter.LocalAuthority
            : !me.IsSystem && choices.Authorities.Count == 1 ? choices.Authorities[0] : null;
        DistrictItems = Choices("Any district", choices.Districts);
        LocalityItems = Choices("Any locality", choices.Localities);

        // Every framework's standings, not only those of the frameworks in this register: the list is short and the
        // same everywhere, and a choice with no settings simply finds none.
        StandingItems = [new("Any standing", ""), .. frameworks.Standings.Where(s => s != Standing.NotKnown).Select(s => new SelectListItem(s.Label, s.Code))];
        AreaItems = [new("Any area", ""), .. frameworks.All.Where(f => f.Regulator == "Ofsted" && f.Code != "ofsted-compliance")
            .SelectMany(f => f.AllAreas.Where(a => a.ScaleCode is not null).Select(a => new SelectListItem($"{f.Name}: {a.Name}", $"{f.Code}:{a.Code}")))];
        AreaGradeItems = [new("Any grade", ""), .. frameworks.All.Where(f => f.Regulator == "Ofsted").SelectMany(f => f.Scales).SelectMany(s => s.GradesBestFirst)
            .GroupBy(v => v.Code).Select(g => new SelectListItem(string.Join(" / ", g.Select(v => v.Label).Distinct()), g.Key))];
    }

    private static List<SelectListItem> Choices(string any, IEnumerable<string> values) => [new(any, ""), .. values.Select(v => new SelectListItem(v, v))];

    private sealed record FilterChoices(List<string> Types, List<string> Sectors, List<string> Authorities, List<string> Districts, List<string> Localities);

    public sealed record Row(int Id, string Name, string Reference, string ProviderType, string? Postcode, string? LocalAuthority, string StandingCode, DateOnly? LatestInspected);
}
