using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Quality-mark accreditation (Domain/QualityMark, docs/quality-mark.md): an LA's cohorts and each setting's way
/// through one.
public abstract partial class AppDbContext
{
    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Accreditation> Accreditations => Set<Accreditation>();
}
