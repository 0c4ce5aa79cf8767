using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// A quality-mark accreditation's portfolio (docs/quality-mark.md, "The portfolio"): the evaluator's sign-offs and
/// the setting's action-research case studies with their attachments and the evaluator's comments.
public abstract partial class AppDbContext
{
    public DbSet<RequirementSignOff> RequirementSignOffs => Set<RequirementSignOff>();

    public DbSet<CaseStudy> CaseStudies => Set<CaseStudy>();

    public DbSet<CaseStudyAttachment> CaseStudyAttachments => Set<CaseStudyAttachment>();

    public DbSet<CaseStudyComment> CaseStudyComments => Set<CaseStudyComment>();
}
