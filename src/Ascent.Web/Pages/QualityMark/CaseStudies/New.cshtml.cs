using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.QualityMark.CaseStudies;

/// The setting starts an action-research case study: saved as a draft, submitted to the evaluator when it is written.
public sealed class NewModel(AppDbContext db, TimeProvider time) : CaseStudyForm(db, time)
{
    /// Case studies are written while the accreditation is under way or standing, not before it is accepted.
    public bool Open => Accreditation.Status is AccreditationStatus.InProgress or AccreditationStatus.Recommended or AccreditationStatus.Accredited;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, false, cancellationToken))
            return NotFound();
        return CanWrite ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, false, cancellationToken))
            return NotFound();
        if (!CanWrite)
            return Forbid();
        if (!Open)
            ModelState.AddModelError(nameof(Title), $"Case studies are written once the application is accepted; this accreditation is {AccreditationStatuses.Label(Accreditation.Status).ToLowerInvariant()}");
        var files = await CheckAsync(0, cancellationToken);
        if (!ModelState.IsValid)
            return Page();

        var study = CaseStudy.Start(Accreditation, Text, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        await AttachAsync(study, files, cancellationToken);
        Db.CaseStudies.Add(study);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Case study saved as a draft. Submit it to your evaluator when it is written.";
        return Redirect($"/quality-mark/accreditations/{id}/case-studies/{study.Id}");
    }
}
