using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Evaluators;

/// The LA's quality-mark evaluators: whether each has done the scheme's training, their conflicts of interest and how
/// many settings each evaluates now. The coordinators see everyone; an evaluator sees only their own row.
public sealed class IndexModel(AppDbContext db, EvaluatorRoster roster, SchemeVersions schemes) : PageModel
{
    public bool IsCoordinator { get; private set; }

    public IReadOnlyList<EvaluatorSummary> Evaluators { get; private set; } = [];

    public IReadOnlyList<SchemeDefinition> Schemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsCoordinator = QualityMarkAccess.CoordinatorRoles.Any(db.CurrentUser.IsInRole);
        Schemes = [.. (await schemes.CurrentAsync(db.CurrentUser.TenantId ?? -1, cancellationToken)).Select(s => s.Definition)];
        Evaluators = await roster.ListAsync(IsCoordinator ? null : db.CurrentUser.UserId ?? Guid.Empty, cancellationToken);
    }
}
