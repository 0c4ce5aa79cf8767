using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(30);
        builder.Property(i => i.InspectionType).HasMaxLength(100);
        builder.Property(i => i.FrameworkCode).HasMaxLength(50);
        builder.Property(i => i.OverallGrade).HasMaxLength(30);
        builder.HasIndex(i => new { i.SettingId, i.Date });
        builder.HasIndex(i => i.TenantId);
    }
}
