using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.QualityMark.Portfolio;

/// One stage of a setting's portfolio: each requirement of each unit, its status, what counts so far and the evidence
/// behind it. The setting reads its own; the LA reads every setting's; the evaluator signs requirements off from it.
public sealed class IndexModel(AppDbContext db, Services.QualityMark.Portfolio portfolio) : PageModel
{
    public PortfolioView View { get; private set; } = null!;

    public bool MayEvaluate { get; private set; }

    /// The setting's own staff, who write its case studies.
    public bool IsSettingStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? stage, CancellationToken cancellationToken)
    {
        if (await portfolio.LoadAsync(id, stage, cancellationToken) is not { } view)
            return NotFound();
        View = view;
        MayEvaluate = Services.QualityMark.Portfolio.MayEvaluate(db.CurrentUser, view.Accreditation);
        IsSettingStaff = db.CurrentUser.SettingId == view.Accreditation.SettingId;
        return Page();
    }

    /// Where a piece of evidence is read; an entry criterion is a check, not a record to open.
    public string? Href(EvidenceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind switch
        {
            EvidenceKind.Audit => $"/audits/{line.Id}",
            EvidenceKind.Screening => $"/screening/rounds/{line.Id}",
            EvidenceKind.Questionnaire => $"/questionnaires/{line.Id}",
            EvidenceKind.Goal => $"/plan-goals/{line.Id}",
            EvidenceKind.SelfEvaluation => $"/settings/{View.Accreditation.SettingId}/self-evaluation",
            EvidenceKind.CaseStudy => $"/quality-mark/accreditations/{View.Accreditation.Id}/case-studies/{line.Id}",
            EvidenceKind.EntryCriterion => null,
            EvidenceKind.Meeting => $"/quality-mark/networks/{line.Id}",
            _ => $"/settings/{View.Accreditation.SettingId}/plan",
        };
    }

    public string SignOffHref(Requirement requirement) =>
        $"/quality-mark/accreditations/{View.Accreditation.Id}/portfolio/{View.Stage.Slug}/{requirement?.Code}/sign-off";
}
