using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.Decision;

/// The accreditation's certificate as a Word document, for the setting and its LA, only while it is accredited: a
/// lapsed or withdrawn accreditation has no certificate to print.
public sealed class CertificateModel(AppDbContext db, DecisionView views) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.FindAsync(id, cancellationToken) is not { } view || !view.Accreditation.IsCurrent)
            return NotFound();
        var accreditation = view.Accreditation;
        // The LA's name, by the accreditation's own tenant (a setting's staff do not list the LAs).
        var localAuthority = await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == accreditation.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var reviews = view.Reviews.Select(r => new ScheduledReview(r.Kind, r.Number, r.DueOn, r.OpensOn)).ToList();
        var details = new CertificateDetails(localAuthority, view.Scheme.Name, view.Scheme.LevelName(accreditation.Level!), view.SettingName, view.Urn,
            accreditation.AwardedOn!.Value, reviews, accreditation.CertificateReference!);
        return File(CertificateDocument.Create(details), CertificateDocument.ContentType, CertificateDocument.FileName(details));
    }
}
