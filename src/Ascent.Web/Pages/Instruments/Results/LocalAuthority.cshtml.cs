using Ascent.Web.Domain.Instruments;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Instruments.Results;

/// The LA's audits: aggregates only. Per setting its latest result for each instrument, and means per grouping
/// (locality partnership, district or ward) and per school year. Never an item, a respondent or a child.
[Authorize(Policy = Policies.LocalAuthorityStaff)]
public sealed class LocalAuthorityModel(AuditResultsLists lists) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditGrouping By { get; set; }

    public LocalAuthorityAudits Audits { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> GroupingItems { get; } =
    [
        new("Locality partnership", nameof(AuditGrouping.Locality)),
        new("District", nameof(AuditGrouping.District)),
        new("Ward", nameof(AuditGrouping.Ward)),
    ];

    public string GroupingName => By switch
    {
        AuditGrouping.District => "District",
        AuditGrouping.Ward => "Ward",
        _ => "Locality partnership",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(By))
            By = AuditGrouping.Locality;
        Audits = await lists.ForLocalAuthorityAsync(By, cancellationToken);
    }

    public static string ValueText(InstrumentDefinition instrument, decimal value) =>
        SettingModel.TotalText(instrument.Scoring, value);
}
