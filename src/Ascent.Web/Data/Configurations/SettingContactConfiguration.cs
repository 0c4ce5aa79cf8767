using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class SettingContactConfiguration : IEntityTypeConfiguration<SettingContact>
{
    public void Configure(EntityTypeBuilder<SettingContact> builder)
    {
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Telephone).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TenantId, c.SettingId });
    }
}
