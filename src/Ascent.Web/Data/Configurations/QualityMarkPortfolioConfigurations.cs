using Ascent.Web.Domain;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class RequirementSignOffConfiguration : IEntityTypeConfiguration<RequirementSignOff>
{
    public void Configure(EntityTypeBuilder<RequirementSignOff> builder)
    {
        builder.ToTable("RequirementSignOffs");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(s => s.AccreditationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Stage).HasMaxLength(RequirementSignOff.CodeMaxLength);
        builder.Property(s => s.RequirementCode).HasMaxLength(RequirementSignOff.CodeMaxLength);
        builder.Property(s => s.Comment).HasMaxLength(RequirementSignOff.CommentMaxLength);
        builder.Property(s => s.By).HasMaxLength(RequirementSignOff.ByMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Fact);
        builder.HasIndex(s => new { s.AccreditationId, s.Stage, s.RequirementCode }).IsUnique();
    }
}

internal sealed class CaseStudyConfiguration : IEntityTypeConfiguration<CaseStudy>
{
    public void Configure(EntityTypeBuilder<CaseStudy> builder)
    {
        builder.ToTable("CaseStudies");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(c => c.AccreditationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Title).HasMaxLength(CaseStudy.TitleMaxLength);
        foreach (var text in new[] { nameof(CaseStudy.Question), nameof(CaseStudy.Baseline), nameof(CaseStudy.Changes), nameof(CaseStudy.Observations), nameof(CaseStudy.Outcomes), nameof(CaseStudy.Reflection) })
            builder.Property(text).HasMaxLength(CaseStudy.TextMaxLength);
        builder.Property(c => c.StartedBy).HasMaxLength(CaseStudy.ByMaxLength);
        builder.Property(c => c.UpdatedBy).HasMaxLength(CaseStudy.ByMaxLength);
        builder.Property(c => c.SubmittedBy).HasMaxLength(CaseStudy.ByMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsSubmitted);
        builder.HasMany(c => c.Attachments).WithOne(a => a.CaseStudy).HasForeignKey(a => a.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Comments).WithOne(a => a.CaseStudy).HasForeignKey(a => a.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.AccreditationId });
    }
}

internal sealed class CaseStudyAttachmentConfiguration : IEntityTypeConfiguration<CaseStudyAttachment>
{
    public void Configure(EntityTypeBuilder<CaseStudyAttachment> builder)
    {
        builder.ToTable("CaseStudyAttachments");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.FileName).HasMaxLength(AllowedFiles.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(AllowedFiles.ContentTypeMaxLength);
        builder.Property(a => a.UploadedBy).HasMaxLength(CaseStudy.ByMaxLength);
    }
}

internal sealed class CaseStudyCommentConfiguration : IEntityTypeConfiguration<CaseStudyComment>
{
    public void Configure(EntityTypeBuilder<CaseStudyComment> builder)
    {
        builder.ToTable("CaseStudyComments");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.Text).HasMaxLength(CaseStudyComment.TextMaxLength);
        builder.Property(c => c.By).HasMaxLength(CaseStudy.ByMaxLength);
    }
}
