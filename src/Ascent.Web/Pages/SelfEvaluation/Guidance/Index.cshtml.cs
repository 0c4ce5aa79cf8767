using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Guidance;

/// The guidance beside each area of the self-evaluation form, framework by framework: the LA's own wording where it
/// has written one, else Ascent's.
[Authorize(Policy = Policies.SelfEvaluationGuidance)]
public sealed class IndexModel(AppDbContext db, FrameworkRegistry frameworks) : PageModel
{
    public List<(Framework Framework, List<Row> Areas)> Frameworks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId;
        var nation = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Nation).FirstOrDefaultAsync(cancellationToken);
        var own = await db.AreaGuidance.AsNoTracking().Where(g => g.TenantId == tenantId)
            .ToDictionaryAsync(g => (g.FrameworkCode, g.AreaCode), g => g.Text, cancellationToken);
        Frameworks = [.. ForNation(frameworks, nation)
            .Select(f => (f, Evaluation.AreasOf(f).Select(a => new Row(a, own.GetValueOrDefault((f.Code, a.Code)))).ToList()))];
    }

    /// The frameworks a self-evaluation in this LA's country can be on, newest first; all of them if none is.
    public static IEnumerable<Framework> ForNation(FrameworkRegistry frameworks, string? nation)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var gradable = frameworks.All.Where(f => Evaluation.AreasOf(f).Any()).ToList();
        var national = gradable.Where(f => string.Equals(f.Country, nation, StringComparison.OrdinalIgnoreCase)).ToList();
        return (national.Count > 0 ? national : gradable).OrderByDescending(f => f.ValidFrom ?? DateOnly.MinValue).ThenBy(f => f.Name, StringComparer.Ordinal);
    }

    public sealed record Row(FrameworkArea Area, string? OwnText);
}
