using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class EnforcementEventConfiguration : IEntityTypeConfiguration<EnforcementEvent>
{
    public void Configure(EntityTypeBuilder<EnforcementEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Source).HasMaxLength(200);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.HasIndex(e => new { e.SettingId, e.Date });
    }
}

internal sealed class ChangeEventConfiguration : IEntityTypeConfiguration<ChangeEvent>
{
    public void Configure(EntityTypeBuilder<ChangeEvent> builder)
    {
        builder.Property(e => e.Type).HasMaxLength(40);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.HasOne<Setting>().WithMany().HasForeignKey(e => e.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TenantId, e.Id });
        builder.HasIndex(e => e.SettingId);
        builder.HasIndex(e => e.ProcessedAt);
    }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Ignore(r => r.Summary);
        builder.Property(r => r.Source).HasMaxLength(40);
        builder.Property(r => r.FileNames).HasMaxLength(2000);
        builder.Property(r => r.StartedBy).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.HasIndex(r => new { r.TenantId, r.Id });
    }
}

internal sealed class ImportRejectedRowConfiguration : IEntityTypeConfiguration<ImportRejectedRow>
{
    public void Configure(EntityTypeBuilder<ImportRejectedRow> builder)
    {
        builder.Property(r => r.FileName).HasMaxLength(300);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(r => r.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ImportRunId);
    }
}
