using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Corrections to finished audits (Domain/Instruments/AuditAmendment).
public abstract partial class AppDbContext
{
    public DbSet<AuditAmendment> AuditAmendments => Set<AuditAmendment>();
}
