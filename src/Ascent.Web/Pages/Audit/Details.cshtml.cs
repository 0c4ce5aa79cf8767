using System.Text.Json;
using Ascent.Web.Data;
using Ascent.Web.Domain.Audit;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Audit;

public sealed class DetailsModel(AppDbContext db, FrameworkRegistry frameworks, FundingRules rules, PathwayLibrary pathways, InstrumentCatalogue instruments) : PageModel
{
    public AuditEntry Entry { get; private set; } = null!;

    public IReadOnlyList<(string Field, string Before, string After)> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var entry = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (entry is null)
            return NotFound();
        Entry = entry;
        var before = Parse(entry.OldValues);
        var after = Parse(entry.NewValues);
        Changes = [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => (AuditText.Describe(k, before.GetValueOrDefault(k, ""), frameworks, rules, pathways, instruments), AuditText.Describe(k, after.GetValueOrDefault(k, ""), frameworks, rules, pathways, instruments)))
            .Select(c => (c.Item1.Field, c.Item1.Value, c.Item2.Value))];
        return Page();
    }

    private static Dictionary<string, string> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return [];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => "(empty)",
                JsonValueKind.String => p.Value.GetString() ?? "",
                _ => p.Value.GetRawText(),
            });
    }
}
