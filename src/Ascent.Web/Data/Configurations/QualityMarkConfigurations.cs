using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("Cohorts");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.SchemeCode).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(c => c.SchemeVersion).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength);
        builder.Property(c => c.PilotRules).HasMaxLength(Cohort.RulesMaxLength);
        builder.Property(c => c.OpenedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsPilot);
        builder.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
    }
}

internal sealed class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> builder)
    {
        builder.ToTable("Accreditations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(a => a.Cohort).WithMany().HasForeignKey(a => a.CohortId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AppliedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(a => a.Statement).HasMaxLength(Accreditation.TextMaxLength);
        builder.Property(a => a.EntryDecidedBy).HasMaxLength(Accreditation.NameMaxLength);
        builder.Property(a => a.EntryNote).HasMaxLength(Accreditation.TextMaxLength);
        builder.Property(a => a.RecommendedLevel).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(a => a.Recommendation).HasMaxLength(Accreditation.TextMaxLength);
        builder.Property(a => a.Level).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(a => a.CertificateReference).HasMaxLength(Accreditation.ReferenceMaxLength);
        builder.Property(a => a.EndReason).HasMaxLength(Accreditation.TextMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsCurrent);
        // A setting applies once to a cohort; a certificate reference is given once in an LA.
        builder.HasIndex(a => new { a.CohortId, a.SettingId }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.CertificateReference }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.Status });
    }
}
