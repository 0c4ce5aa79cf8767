using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class CohortEvaluationConfiguration : IEntityTypeConfiguration<CohortEvaluation>
{
    public void Configure(EntityTypeBuilder<CohortEvaluation> builder)
    {
        builder.ToTable("CohortEvaluations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(e => e.SettingsInstrumentCode).HasMaxLength(InstrumentLoader.CodeMaxLength);
        builder.Property(e => e.SettingsInstrumentVersion).HasMaxLength(InstrumentLoader.CodeMaxLength);
        builder.Property(e => e.EvaluatorsInstrumentCode).HasMaxLength(InstrumentLoader.CodeMaxLength);
        builder.Property(e => e.EvaluatorsInstrumentVersion).HasMaxLength(InstrumentLoader.CodeMaxLength);
        builder.Property(e => e.SentBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(e => e.ClosedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsOpen);
        // One evaluation per cohort: two coordinators sending at once save one of them.
        builder.HasIndex(e => e.CohortId).IsUnique();
    }
}

internal sealed class EvaluationInvitationConfiguration : IEntityTypeConfiguration<EvaluationInvitation>
{
    public void Configure(EntityTypeBuilder<EvaluationInvitation> builder)
    {
        builder.ToTable("EvaluationInvitations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(i => i.Evaluation).WithMany().HasForeignKey(i => i.CohortEvaluationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(i => i.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(i => i.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Name).HasMaxLength(EvaluationInvitation.NameMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.CohortEvaluationId, i.SettingId });
        builder.HasIndex(i => new { i.CohortEvaluationId, i.UserId });
    }
}

internal sealed class EvaluationResponseConfiguration : IEntityTypeConfiguration<EvaluationResponse>
{
    public void Configure(EntityTypeBuilder<EvaluationResponse> builder)
    {
        builder.ToTable("EvaluationResponses");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Evaluation).WithMany().HasForeignKey(r => r.CohortEvaluationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Scores).HasMaxLength(EvaluationResponse.ScoresMaxLength);
        builder.HasIndex(r => new { r.CohortEvaluationId, r.Audience });
    }
}
