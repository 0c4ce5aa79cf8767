using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Tenants;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.Tenants.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Name, t.RegisterName, db.Settings.Count(s => s.TenantId == t.Id && s.LeftRegisterOn == null), db.Users.Count(u => u.TenantId == t.Id)))
            .ToListAsync();

    public sealed record Row(int Id, string Name, string? RegisterName, int Settings, int People);
}
