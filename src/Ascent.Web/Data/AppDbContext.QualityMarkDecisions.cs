using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// The quality mark's decisions and what follows an award: the panel's decisions, appeals and the reviews scheduled
/// from each award (docs/quality-mark.md).
public abstract partial class AppDbContext
{
    public DbSet<PanelDecision> PanelDecisions => Set<PanelDecision>();

    public DbSet<AccreditationAppeal> AccreditationAppeals => Set<AccreditationAppeal>();

    public DbSet<AccreditationReview> AccreditationReviews => Set<AccreditationReview>();
}
