using Ascent.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.CaseStudies;

/// Downloads a case study's file; the query filters limit it to the setting and its LA.
public sealed class AttachmentModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int caseStudyId, int attachmentId, CancellationToken cancellationToken)
    {
        var file = await db.CaseStudyAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.CaseStudyId == caseStudyId && a.CaseStudy!.AccreditationId == id)
            .Select(a => new { a.FileName, a.ContentType, a.Content }).FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
