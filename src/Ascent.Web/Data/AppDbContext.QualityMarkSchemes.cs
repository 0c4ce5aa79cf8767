using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// An LA's own versions of its quality-mark schemes (docs/quality-mark.md, "An LA's own scheme").
public abstract partial class AppDbContext
{
    public DbSet<SchemeVersion> SchemeVersions => Set<SchemeVersion>();
}
