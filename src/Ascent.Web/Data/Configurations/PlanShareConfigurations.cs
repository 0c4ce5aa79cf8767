using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class PlanShareLinkConfiguration : IEntityTypeConfiguration<PlanShareLink>
{
    public void Configure(EntityTypeBuilder<PlanShareLink> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(l => l.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Purpose).HasMaxLength(PlanShareLink.PurposeMaxLength);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.CreatedBy).HasMaxLength(200);
        builder.Property(l => l.RevokedBy).HasMaxLength(200);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.SettingId);
        builder.HasMany(l => l.Accesses).WithOne().HasForeignKey(a => a.LinkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanShareAccessConfiguration : IEntityTypeConfiguration<PlanShareAccess>
{
    public void Configure(EntityTypeBuilder<PlanShareAccess> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.IpAddress).HasMaxLength(PlanShareAccess.IpAddressMaxLength);
        builder.Property(a => a.UserAgent).HasMaxLength(PlanShareAccess.UserAgentMaxLength);
        builder.HasIndex(a => new { a.LinkId, a.At });
    }
}
