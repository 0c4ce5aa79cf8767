using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class QuestionnaireRoundConfiguration : IEntityTypeConfiguration<QuestionnaireRound>
{
    public void Configure(EntityTypeBuilder<QuestionnaireRound> builder)
    {
        builder.ToTable("QuestionnaireRounds");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Audit).WithMany().HasForeignKey(r => r.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // One round per audit; a link is found by its hash alone.
        builder.HasIndex(r => r.AuditId).IsUnique();
        builder.HasIndex(r => r.TokenHash).IsUnique();
    }
}
