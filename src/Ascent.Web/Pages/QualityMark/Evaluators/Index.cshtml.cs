using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Evaluators;

/// The LA's quality-mark evaluators: whether each has done the scheme's training, their conflicts of interest and how
/// many settings each evaluates now. The coordinators see everyone; an evaluator sees only their own row.
public sealed class IndexModel(AppDbContext db, EvaluatorRoster roster, SchemeLibrary library) : PageModel
{
    public bool IsCoordinator { get; private set; }

    public IReadOnlyList<EvaluatorSummary> Evaluators { get; private set; } = [];

    public IReadOnlyList<SchemeDefinition> Schemes { get; } = [.. library.Shipped.Select(s => s.Definition)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsCoordinator = QualityMarkAccess.CoordinatorRoles.Any(db.CurrentUser.IsInRole);
        Evaluators = await roster.ListAsync(IsCoordinator ? null : db.CurrentUser.UserId ?? Guid.Empty, cancellationToken);
    }
}
