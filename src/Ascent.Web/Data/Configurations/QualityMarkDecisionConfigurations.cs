using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class PanelDecisionConfiguration : IEntityTypeConfiguration<PanelDecision>
{
    public void Configure(EntityTypeBuilder<PanelDecision> builder)
    {
        builder.ToTable("PanelDecisions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(d => d.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(d => d.AccreditationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(d => d.Level).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(d => d.Reasons).HasMaxLength(PanelDecision.ReasonsMaxLength);
        builder.Property(d => d.RecordedBy).HasMaxLength(Accreditation.NameMaxLength);
        // One panel decision per accreditation: a second is refused by the accreditation's state, and by this index.
        builder.HasIndex(d => d.AccreditationId).IsUnique();
    }
}

internal sealed class AccreditationAppealConfiguration : IEntityTypeConfiguration<AccreditationAppeal>
{
    public void Configure(EntityTypeBuilder<AccreditationAppeal> builder)
    {
        builder.ToTable("AccreditationAppeals");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(a => a.AccreditationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.Grounds).HasMaxLength(AccreditationAppeal.TextMaxLength);
        builder.Property(a => a.MadeBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(a => a.Level).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(a => a.Reasons).HasMaxLength(AccreditationAppeal.TextMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsHeard);
        // There is one appeal.
        builder.HasIndex(a => a.AccreditationId).IsUnique();
    }
}

internal sealed class AccreditationReviewConfiguration : IEntityTypeConfiguration<AccreditationReview>
{
    public void Configure(EntityTypeBuilder<AccreditationReview> builder)
    {
        builder.ToTable("AccreditationReviews");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Accreditation).WithMany().HasForeignKey(r => r.AccreditationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(AccreditationReview.NoteMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Label);
        builder.Ignore(r => r.Stage);
        builder.HasIndex(r => new { r.AccreditationId, r.Kind, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.DoneOn, r.OpensOn });
    }
}
