using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Instruments.Results;

/// Inter-observer agreement per observer over time: every audit an observer scored with a partner, with the exact and
/// within-one agreement of their two sheets and the observer's running figures. LA staff see their settings' audits;
/// a setting's people see their own setting's.
public sealed class AgreementModel(AgreementHistory history) : PageModel
{
    public IReadOnlyList<ObserverHistory> Observers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Observers = await history.ObserversAsync(cancellationToken);

    public static string Percent(int? percent) => percent is { } p ? $"{p}%" : "–";

    /// "8 of 10 items".
    public static string Counts(int count, AgreementFigures figures) => $"{count} of {figures.Compared} items";
}
