using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(30);
        builder.Property(i => i.FrameworkCode).HasMaxLength(50);
        builder.Property(i => i.OverallGrade).HasMaxLength(60);
        builder.HasIndex(i => new { i.SettingId, i.Date });
        builder.HasIndex(i => i.TenantId);
        builder.Property(i => i.InspectionType).HasMaxLength(100);
        builder.Ignore(i => i.CountsAsLatest);
        builder.HasMany(i => i.Grades).WithOne(g => g.Inspection).HasForeignKey(g => g.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Items).WithOne(g => g.Inspection).HasForeignKey(g => g.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InspectionGradeConfiguration : IEntityTypeConfiguration<InspectionGrade>
{
    public void Configure(EntityTypeBuilder<InspectionGrade> builder)
    {
        builder.Property(g => g.AreaCode).HasMaxLength(60);
        builder.Property(g => g.GradeCode).HasMaxLength(60);
        builder.HasIndex(g => new { g.InspectionId, g.AreaCode }).IsUnique();
        builder.HasIndex(g => new { g.TenantId, g.AreaCode, g.GradeCode });
    }
}

internal sealed class InspectionItemConfiguration : IEntityTypeConfiguration<InspectionItem>
{
    public void Configure(EntityTypeBuilder<InspectionItem> builder)
    {
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Text).HasMaxLength(4000);
        builder.HasIndex(i => i.InspectionId);
    }
}
