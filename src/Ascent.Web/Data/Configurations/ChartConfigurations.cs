using Ascent.Web.Domain.Charts;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ToTable("Measures");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(m => m.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(m => m.Name).HasMaxLength(Measure.NameMaxLength);
        builder.Property(m => m.Description).HasMaxLength(Measure.DescriptionMaxLength);
        builder.Property(m => m.Chart).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasMany(m => m.Values).WithOne(v => v.Measure).HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Values).HasField("_values");
        builder.HasIndex(m => new { m.SettingId, m.Name }).IsUnique();
    }
}

internal sealed class MeasureValueConfiguration : IEntityTypeConfiguration<MeasureValue>
{
    public void Configure(EntityTypeBuilder<MeasureValue> builder)
    {
        builder.ToTable("MeasureValues");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(v => v.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(v => v.Value).HasPrecision(18, 6);
        builder.Property(v => v.Numerator).HasPrecision(18, 6);
        builder.Property(v => v.Denominator).HasPrecision(18, 6);
        builder.Property(v => v.ExclusionReason).HasMaxLength(ChartOptions.ReasonMaxLength);
        builder.HasIndex(v => new { v.MeasureId, v.Date }).IsUnique();
    }
}

internal sealed class ChartControlsConfiguration : IEntityTypeConfiguration<ChartControls>
{
    public void Configure(EntityTypeBuilder<ChartControls> builder)
    {
        builder.ToTable("ChartControls");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.SeriesKey).HasMaxLength(ChartControls.SeriesKeyMaxLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Marks).WithOne(m => m.Controls).HasForeignKey(m => m.ChartControlsId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Marks).HasField("_marks");
        builder.HasIndex(c => new { c.SettingId, c.SeriesKey }).IsUnique();
    }
}

internal sealed class ChartMarkConfiguration : IEntityTypeConfiguration<ChartMark>
{
    public void Configure(EntityTypeBuilder<ChartMark> builder)
    {
        builder.ToTable("ChartMarks");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(m => m.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Reason).HasMaxLength(ChartOptions.ReasonMaxLength);
        builder.HasIndex(m => new { m.ChartControlsId, m.Kind, m.Date }).IsUnique();
    }
}

internal sealed class ChartAnnotationConfiguration : IEntityTypeConfiguration<ChartAnnotation>
{
    public void Configure(EntityTypeBuilder<ChartAnnotation> builder)
    {
        builder.ToTable("ChartAnnotations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.Text).HasMaxLength(ChartAnnotation.TextMaxLength);
        builder.Property(a => a.SeriesKey).HasMaxLength(ChartControls.SeriesKeyMaxLength);
        builder.Property(a => a.AddedBy).HasMaxLength(Domain.Instruments.Audit.NameMaxLength);
        builder.HasIndex(a => new { a.SettingId, a.Date });
    }
}
