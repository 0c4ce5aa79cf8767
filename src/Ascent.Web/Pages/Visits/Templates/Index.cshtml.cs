using Ascent.Web.Data;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Templates;

/// The note templates, one per visit purpose: Ascent's own until the LA edits one.
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<(string Purpose, string Name, bool Edited)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var edited = await db.NoteTemplates.AsNoTracking().ToDictionaryAsync(t => t.Purpose, cancellationToken);
        Rows = [.. VisitPurposes.All.Select(p => (p.Code, edited.TryGetValue(p.Code, out var own) ? own.Name : NoteTemplateDefaults.For(0, p.Code).Name, edited.ContainsKey(p.Code)))];
    }
}
