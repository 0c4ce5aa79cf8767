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
        builder.Ignore(r => r.IsFinished);
        builder.Ignore(r => r.IsUnderWay);
        builder.Property(r => r.Source).HasMaxLength(40);
        builder.Property(r => r.FileNames).HasMaxLength(2000);
        builder.Property(r => r.StartedBy).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.Property(r => r.Holder).HasMaxLength(200);
        builder.Property(r => r.Progress).HasMaxLength(200);
        builder.Property(r => r.RevertedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => r.Status);
    }
}

internal sealed class ImportChangeConfiguration : IEntityTypeConfiguration<ImportChange>
{
    public void Configure(EntityTypeBuilder<ImportChange> builder)
    {
        builder.Property(c => c.Entity).HasMaxLength(40);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Decision).HasMaxLength(20);
        builder.Property(c => c.DecidedBy).HasMaxLength(200);
        builder.Ignore(c => c.IsCaseToReview);
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ImportRunId, c.Kind });
        builder.HasIndex(c => new { c.TenantId, c.Kind, c.Decision });
    }
}

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.Property(u => u.FileName).HasMaxLength(300);
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(u => u.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.ImportRunId);
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
