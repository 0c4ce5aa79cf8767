using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class AuditAmendmentConfiguration : IEntityTypeConfiguration<AuditAmendment>
{
    public void Configure(EntityTypeBuilder<AuditAmendment> builder)
    {
        builder.ToTable("AuditAmendments");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Audit>().WithMany().HasForeignKey(a => a.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.ItemNumber).HasMaxLength(AuditAnswer.ItemMaxLength);
        builder.Property(a => a.OldAnswer).HasMaxLength(AuditAmendment.AnswerMaxLength);
        builder.Property(a => a.NewAnswer).HasMaxLength(AuditAmendment.AnswerMaxLength);
        builder.Property(a => a.Reason).HasMaxLength(AuditAmendment.ReasonMaxLength);
        builder.Property(a => a.By).HasMaxLength(Audit.NameMaxLength);
        builder.HasIndex(a => a.AuditId);
    }
}
