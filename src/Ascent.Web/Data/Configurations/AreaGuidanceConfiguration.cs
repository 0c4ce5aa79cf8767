using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class AreaGuidanceConfiguration : IEntityTypeConfiguration<AreaGuidance>
{
    public void Configure(EntityTypeBuilder<AreaGuidance> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(g => g.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.FrameworkCode).HasMaxLength(100);
        builder.Property(g => g.AreaCode).HasMaxLength(100);
        builder.Property(g => g.Text).HasMaxLength(AreaGuidance.TextMaxLength);
        builder.Property(g => g.UpdatedBy).HasMaxLength(200);
        builder.Property(g => g.Version).IsConcurrencyToken();
        // One wording per area per LA, even when two people save the first one at the same moment.
        builder.HasIndex(g => new { g.TenantId, g.FrameworkCode, g.AreaCode }).IsUnique();
    }
}
