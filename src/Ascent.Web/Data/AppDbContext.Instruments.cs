using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Rooms, and the audits, screenings and questionnaires recorded with instruments (Domain/Instruments).
public abstract partial class AppDbContext
{
    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<Audit> Audits => Set<Audit>();

    public DbSet<AuditSheet> AuditSheets => Set<AuditSheet>();

    public DbSet<AuditAnswer> AuditAnswers => Set<AuditAnswer>();

    public DbSet<AuditIndicatorAnswer> AuditIndicatorAnswers => Set<AuditIndicatorAnswer>();
}
