using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class AuditGoalConfiguration : IEntityTypeConfiguration<AuditGoal>
{
    public void Configure(EntityTypeBuilder<AuditGoal> builder)
    {
        builder.ToTable("AuditGoals");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(g => g.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(g => g.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Audit>().WithMany().HasForeignKey(g => g.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Goal).WithMany().HasForeignKey(g => g.PlanGoalId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.SuggestionKey).HasMaxLength(AuditGoal.KeyMaxLength);
        // Accepting a suggestion twice, even from two tabs at once, makes one goal.
        builder.HasIndex(g => new { g.AuditId, g.SuggestionKey }).IsUnique();
        builder.HasIndex(g => g.PlanGoalId);
    }
}
