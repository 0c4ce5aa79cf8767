using Ascent.Web.Domain;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(g => g.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(g => g.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(g => g.SourceText).HasMaxLength(PlanGoal.SourceTextMaxLength);
        builder.Property(g => g.FrameworkCode).HasMaxLength(PlanGoal.CodeMaxLength);
        builder.Property(g => g.AreaCode).HasMaxLength(PlanGoal.CodeMaxLength);
        builder.Property(g => g.Issue).HasMaxLength(PlanGoal.IssueMaxLength);
        builder.Property(g => g.Outcome).HasMaxLength(PlanGoal.OutcomeMaxLength);
        builder.Property(g => g.SuccessMeasure).HasMaxLength(PlanGoal.SuccessMeasureMaxLength);
        builder.Property(g => g.DroppedReason).HasMaxLength(PlanGoal.DroppedReasonMaxLength);
        builder.Property(g => g.ImpactDifference).HasMaxLength(PlanGoal.ImpactMaxLength);
        builder.Property(g => g.ImpactChildren).HasMaxLength(PlanGoal.ImpactMaxLength);
        builder.Property(g => g.ImpactEvidence).HasMaxLength(PlanGoal.ImpactMaxLength);
        builder.Property(g => g.CreatedBy).HasMaxLength(PlanGoal.ByMaxLength);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.IsOpen);
        builder.Ignore(g => g.NextDate);
        builder.HasMany(g => g.Steps).WithOne(s => s.Goal).HasForeignKey(s => s.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Notes).WithOne(n => n.Goal).HasForeignKey(n => n.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.SettingId, g.Status });
        // An inspection item becomes a goal once: pressing the button twice, or two people at once, does not duplicate
        // it. Other sources (an area for development) may rightly lead to several goals.
        builder.HasIndex(g => new { g.SettingId, g.SourceKind, g.SourceId }).IsUnique()
            .HasFilter($"\"SourceId\" IS NOT NULL AND \"SourceKind\" IN ({(int)GoalSourceKind.InspectionAction}, {(int)GoalSourceKind.InspectionRecommendation})");
    }
}

internal sealed class PlanStepConfiguration : IEntityTypeConfiguration<PlanStep>
{
    public void Configure(EntityTypeBuilder<PlanStep> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(s => s.Text).HasMaxLength(PlanStep.TextMaxLength);
        builder.Property(s => s.Owner).HasMaxLength(PlanStep.OwnerMaxLength);
        // Training identified in the plan (docs/offer.md): a booking or an item of the offer, kept if it goes.
        builder.HasOne<Ascent.Web.Domain.Offer.Booking>().WithMany().HasForeignKey(s => s.BookingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Ascent.Web.Domain.Offer.OfferItem>().WithMany().HasForeignKey(s => s.OfferItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class GoalNoteConfiguration : IEntityTypeConfiguration<GoalNote>
{
    public void Configure(EntityTypeBuilder<GoalNote> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(n => n.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(n => n.Text).HasMaxLength(GoalNote.TextMaxLength);
        builder.Property(n => n.By).HasMaxLength(200);
    }
}

internal sealed class PlanGoalRevisionConfiguration : IEntityTypeConfiguration<PlanGoalRevision>
{
    public void Configure(EntityTypeBuilder<PlanGoalRevision> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Goal).WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.By).HasMaxLength(200);
        builder.HasIndex(r => new { r.GoalId, r.Version });
        builder.HasIndex(r => new { r.SettingId, r.At });
    }
}

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<Domain.Evidence.EvidenceItem>
{
    public void Configure(EntityTypeBuilder<Domain.Evidence.EvidenceItem> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(e => e.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Title).HasMaxLength(Domain.Evidence.EvidenceItem.TitleMaxLength);
        builder.Property(e => e.Description).HasMaxLength(Domain.Evidence.EvidenceItem.DescriptionMaxLength);
        builder.Property(e => e.Link).HasMaxLength(Domain.Evidence.EvidenceItem.LinkMaxLength);
        builder.Property(e => e.FileName).HasMaxLength(AllowedFiles.FileNameMaxLength);
        builder.Property(e => e.ContentType).HasMaxLength(200);
        builder.Property(e => e.AddedBy).HasMaxLength(200);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.File).WithOne(f => f.Item).HasForeignKey<Domain.Evidence.EvidenceFile>(f => f.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Uses).WithOne(u => u.Item).HasForeignKey(u => u.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.SettingId, e.GatheredOn });
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<Domain.Evidence.EvidenceFile>
{
    public void Configure(EntityTypeBuilder<Domain.Evidence.EvidenceFile> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(f => f.SettingId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class EvidenceUseConfiguration : IEntityTypeConfiguration<Domain.Evidence.EvidenceUse>
{
    public void Configure(EntityTypeBuilder<Domain.Evidence.EvidenceUse> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(u => u.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(u => u.Area).WithMany().HasForeignKey(u => u.AreaEvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(u => u.Goal).WithMany().HasForeignKey(u => u.GoalId).OnDelete(DeleteBehavior.Cascade);
        // One piece of evidence is used once per area or goal: pressing "use" twice, or two people at once, adds one row.
        builder.HasIndex(u => new { u.EvidenceItemId, u.AreaEvaluationId }).IsUnique().HasFilter("\"AreaEvaluationId\" IS NOT NULL");
        builder.HasIndex(u => new { u.EvidenceItemId, u.GoalId }).IsUnique().HasFilter("\"GoalId\" IS NOT NULL");
        builder.HasIndex(u => u.AreaEvaluationId);
        builder.HasIndex(u => u.GoalId);
    }
}

internal sealed class ServiceStatementConfiguration : IEntityTypeConfiguration<ServiceStatement>
{
    public void Configure(EntityTypeBuilder<ServiceStatement> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Philosophy).HasMaxLength(8000);
        builder.Property(s => s.NominatedSupervisor).HasMaxLength(200);
        builder.Property(s => s.PostalAddress).HasMaxLength(500);
        builder.Property(s => s.OperatingHours).HasMaxLength(1000);
        builder.Property(s => s.ChildGrouping).HasMaxLength(2000);
        builder.Property(s => s.PreparedBy).HasMaxLength(500);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        // One statement per service.
        builder.HasIndex(s => s.SettingId).IsUnique();
    }
}
