using Ascent.Web.Data;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.QualityMark.CaseStudies;

/// What the case-study pages share: the accreditation (found through the query filters, so a setting reaches only
/// its own), the case study, and who may write it (the setting's own staff) or comment on it (its evaluator or a
/// coordinator).
public abstract class CaseStudyPage(AppDbContext db, TimeProvider time) : PageModel
{
    protected AppDbContext Db => db;

    protected TimeProvider Time => time;

    public Accreditation Accreditation { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    public CaseStudy? Study { get; private set; }

    public IReadOnlyList<AttachmentRow> AttachmentRows { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    /// The setting's owner, manager and practitioners write its case studies; the LA reads them.
    public bool CanWrite => db.CurrentUser.SettingId == Accreditation.SettingId && Roles.SettingRoles.Any(db.CurrentUser.IsInRole);

    public bool MayEvaluate => Services.QualityMark.Portfolio.MayEvaluate(db.CurrentUser, Accreditation);

    public string PortfolioHref => $"/quality-mark/accreditations/{Accreditation.Id}/portfolio";

    public string StudyHref => $"/quality-mark/accreditations/{Accreditation.Id}/case-studies/{Study?.Id}";

    /// Loads the accreditation and, when an id is given, its case study (with its files' bytes only when asked).
    protected async Task<bool> LoadAsync(int id, int? caseStudyId, bool withFiles, CancellationToken cancellationToken)
    {
        var accreditation = await db.Accreditations.Include(a => a.Cohort).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (accreditation is null)
            return false;
        Accreditation = accreditation;
        SettingName = await db.Settings.Where(s => s.Id == accreditation.SettingId).Select(s => s.Name).SingleAsync(cancellationToken);
        if (caseStudyId is not { } studyId)
            return true;
        var query = db.CaseStudies.Include(c => c.Comments).AsQueryable();
        if (withFiles)
            query = query.Include(c => c.Attachments);
        Study = await query.FirstOrDefaultAsync(c => c.Id == studyId && c.AccreditationId == id, cancellationToken);
        if (Study is null)
            return false;
        AttachmentRows = await db.CaseStudyAttachments.AsNoTracking().Where(a => a.CaseStudyId == studyId).OrderBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.Size, a.UploadedBy, a.UploadedAt)).ToListAsync(cancellationToken);
        return true;
    }

    /// Saves with the Version the form was read at; false (with the message on the field) when someone else saved
    /// the case study in between.
    protected async Task<bool> SaveAsync(string field, CancellationToken cancellationToken)
    {
        if (Study is not null)
            db.Entry(Study).Property(c => c.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(field, "Someone else saved this case study while you had it open. Open it again to see their changes");
            return false;
        }
    }
}

public sealed record AttachmentRow(int Id, string FileName, int Size, string UploadedBy, DateTimeOffset UploadedAt);
