using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("SelfEvaluations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(e => e.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.FrameworkCode).HasMaxLength(100);
        builder.Property(e => e.StartedBy).HasMaxLength(200);
        builder.Property(e => e.FinishedBy).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsFinished);
        builder.HasMany(e => e.Areas).WithOne(a => a.Evaluation).HasForeignKey(a => a.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.SettingId, e.FinishedOn });
        // One draft per setting, even when two people start one at the same moment.
        builder.HasIndex(e => e.SettingId).IsUnique().HasFilter("\"FinishedOn\" IS NULL").HasDatabaseName("IX_SelfEvaluations_OneDraft");
    }
}

internal sealed class AreaEvaluationConfiguration : IEntityTypeConfiguration<AreaEvaluation>
{
    public void Configure(EntityTypeBuilder<AreaEvaluation> builder)
    {
        builder.ToTable("SelfEvaluationAreas");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.AreaCode).HasMaxLength(100);
        builder.Property(a => a.Strengths).HasMaxLength(AreaEvaluation.TextMaxLength);
        builder.Property(a => a.EvidenceNote).HasMaxLength(AreaEvaluation.EvidenceNoteMaxLength);
        builder.Property(a => a.EarlierEvidence).HasMaxLength(AreaEvaluation.TextMaxLength);
        builder.Property(a => a.ForDevelopment).HasMaxLength(AreaEvaluation.TextMaxLength);
        builder.Property(a => a.Grade).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.SavedBy).HasMaxLength(200);
        builder.Ignore(a => a.IsStarted);
        builder.HasIndex(a => new { a.EvaluationId, a.AreaCode }).IsUnique();
    }
}
