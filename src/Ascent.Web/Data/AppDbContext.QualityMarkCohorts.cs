using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Quality mark, cohorts and applications: the entry criteria as checked when the coordinator decided.
public abstract partial class AppDbContext
{
    public DbSet<EntryCriterionRecord> EntryCriterionRecords => Set<EntryCriterionRecord>();
}
