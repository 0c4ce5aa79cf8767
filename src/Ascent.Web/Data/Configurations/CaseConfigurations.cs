using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasOne(c => c.Setting).WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PathwayVersion>().WithMany().HasForeignKey(c => c.PathwayVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.PathwayCode).HasMaxLength(60);
        builder.Property(c => c.PathwayName).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.ClosedReason).HasMaxLength(500);
        builder.Property(c => c.AdviserName).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.TriggerEventId).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.Status, c.PathwayCode });
        builder.HasIndex(c => new { c.TenantId, c.SettingId });
        builder.HasMany(c => c.Tasks).WithOne(t => t.Case).HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Concerns).WithOne(t => t.Case).HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(60);
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Details).HasMaxLength(4000);
        builder.Property(t => t.OwnerRole).HasMaxLength(100);
        builder.Property(t => t.OwnerName).HasMaxLength(200);
        builder.Property(t => t.CompletedBy).HasMaxLength(200);
        builder.Property(t => t.Note).HasMaxLength(4000);
        builder.Property(t => t.Outcome).HasMaxLength(40);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.TenantId, t.State, t.DueOn });
        builder.HasIndex(t => new { t.OwnerId, t.State });
    }
}

internal sealed class CaseConcernConfiguration : IEntityTypeConfiguration<CaseConcern>
{
    public void Configure(EntityTypeBuilder<CaseConcern> builder)
    {
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.Property(c => c.OfstedReference).HasMaxLength(100);
    }
}

internal sealed class PathwayVersionConfiguration : IEntityTypeConfiguration<PathwayVersion>
{
    public void Configure(EntityTypeBuilder<PathwayVersion> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Code).HasMaxLength(60);
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.UploadedBy).HasMaxLength(200);
        builder.HasIndex(v => new { v.TenantId, v.Code, v.Number }).IsUnique();
    }
}

internal sealed class SchoolTermConfiguration : IEntityTypeConfiguration<SchoolTerm>
{
    public void Configure(EntityTypeBuilder<SchoolTerm> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => new { t.TenantId, t.StartsOn });
    }
}
