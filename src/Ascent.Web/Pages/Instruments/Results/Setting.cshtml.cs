using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Pages.Shared;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Results;

/// A setting's audits, newest first: each links to its results, or, while in progress, to carry on with it.
public sealed class SettingModel(AppDbContext db, TimeProvider time, AuditResultsLists lists) : SettingWorkPage(db, time)
{
    public IReadOnlyList<SettingAuditRow> Audits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return NotFound();
        Audits = await lists.ForSettingAsync(id, cancellationToken);
        return Page();
    }

    /// A rating's total with its band ("4.21 (minimal)"), a checklist's share met ("58% met"), another's mean.
    public static string TotalText(ScoringRule? scoring, decimal? total) => (scoring, total) switch
    {
        (_, null) => "",
        (ScoringRule.EnvironmentRating, { } mean) => ScoreBands.Describe(mean),
        (ScoringRule.Checklist, { } percent) => $"{Math.Round(percent, 0, MidpointRounding.AwayFromZero):0}% met",
        (_, { } value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
    };
}
