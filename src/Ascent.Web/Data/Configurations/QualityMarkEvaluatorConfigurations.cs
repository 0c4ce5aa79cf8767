using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class EvaluatorTrainingConfiguration : IEntityTypeConfiguration<EvaluatorTraining>
{
    public void Configure(EntityTypeBuilder<EvaluatorTraining> builder)
    {
        builder.ToTable("EvaluatorTrainings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(t => t.Course).HasMaxLength(EvaluatorTraining.CourseMaxLength);
        builder.Property(t => t.SchemeCode).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(t => t.RecordedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.HasIndex(t => new { t.TenantId, t.UserId });
    }
}

internal sealed class EvaluatorConflictConfiguration : IEntityTypeConfiguration<EvaluatorConflict>
{
    public void Configure(EntityTypeBuilder<EvaluatorConflict> builder)
    {
        builder.ToTable("EvaluatorConflicts");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.Reason).HasMaxLength(EvaluatorConflict.ReasonMaxLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(c => c.RemovedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(c => c.RemovalReason).HasMaxLength(EvaluatorConflict.ReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsCurrent);
        builder.HasIndex(c => new { c.TenantId, c.UserId, c.SettingId });
    }
}

internal sealed class EvaluatorTimeConfiguration : IEntityTypeConfiguration<EvaluatorTime>
{
    public void Configure(EntityTypeBuilder<EvaluatorTime> builder)
    {
        builder.ToTable("EvaluatorTimes");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(t => t.AccreditationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(t => t.EvaluatorName).HasMaxLength(EvaluatorTime.NameMaxLength);
        builder.Property(t => t.Activity).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Note).HasMaxLength(EvaluatorTime.NoteMaxLength);
        builder.Property(t => t.RecordedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.AccreditationId, t.On });
        builder.HasIndex(t => new { t.TenantId, t.EvaluatorId });
    }
}

internal sealed class SchemeCostConfiguration : IEntityTypeConfiguration<SchemeCost>
{
    public void Configure(EntityTypeBuilder<SchemeCost> builder)
    {
        builder.ToTable("SchemeCosts");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(c => c.AccreditationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.Description).HasMaxLength(SchemeCost.DescriptionMaxLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.CohortId, c.AccreditationId });
    }
}
