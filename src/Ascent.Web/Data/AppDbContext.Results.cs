using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// The goals accepted into improvement plans from audits' results (Services/Instruments/AuditSuggestions).
public abstract partial class AppDbContext
{
    public DbSet<AuditGoal> AuditGoals => Set<AuditGoal>();
}
