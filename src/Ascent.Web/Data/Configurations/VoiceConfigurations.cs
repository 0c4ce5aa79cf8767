using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class VoiceInvitationConfiguration : IEntityTypeConfiguration<VoiceInvitation>
{
    public void Configure(EntityTypeBuilder<VoiceInvitation> builder)
    {
        builder.ToTable("VoiceInvitations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(i => i.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(i => i.Evaluation).WithMany().HasForeignKey(i => i.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Label).HasMaxLength(VoiceInvitation.LabelMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.CreatedBy).HasMaxLength(200);
        builder.Property(i => i.ClosedBy).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.EvaluationId);
    }
}

internal sealed class VoiceResponseConfiguration : IEntityTypeConfiguration<VoiceResponse>
{
    public void Configure(EntityTypeBuilder<VoiceResponse> builder)
    {
        builder.ToTable("VoiceResponses");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Invitation).WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Overall).HasMaxLength(VoiceQuestions.MaxAnswerLength);
        builder.HasMany(r => r.Answers).WithOne(a => a.Response).HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        // One response per link: a second submit of the same form, even at the same moment, cannot make two.
        builder.HasIndex(r => r.InvitationId).IsUnique();
        builder.HasIndex(r => r.EvaluationId);
    }
}

internal sealed class VoiceAnswerConfiguration : IEntityTypeConfiguration<VoiceAnswer>
{
    public void Configure(EntityTypeBuilder<VoiceAnswer> builder)
    {
        builder.ToTable("VoiceAnswers");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.AreaCode).HasMaxLength(100);
        builder.Property(a => a.Text).HasMaxLength(VoiceQuestions.MaxAnswerLength);
        builder.Property(a => a.Question).HasMaxLength(AreaVoiceQuestion.QuestionMaxLength);
        builder.HasIndex(a => new { a.ResponseId, a.AreaCode }).IsUnique();
    }
}

internal sealed class AreaVoiceQuestionConfiguration : IEntityTypeConfiguration<AreaVoiceQuestion>
{
    public void Configure(EntityTypeBuilder<AreaVoiceQuestion> builder)
    {
        builder.ToTable("AreaVoiceQuestions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(q => q.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(q => q.FrameworkCode).HasMaxLength(100);
        builder.Property(q => q.AreaCode).HasMaxLength(100);
        builder.Property(q => q.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Heading).HasMaxLength(AreaVoiceQuestion.HeadingMaxLength);
        builder.Property(q => q.Question).HasMaxLength(AreaVoiceQuestion.QuestionMaxLength);
        builder.Property(q => q.UpdatedBy).HasMaxLength(200);
        builder.Property(q => q.Version).IsConcurrencyToken();
        // One wording per LA, area and audience: two first saves at once cannot make two.
        builder.HasIndex(q => new { q.TenantId, q.FrameworkCode, q.AreaCode, q.Audience }).IsUnique();
    }
}

internal sealed class EvaluationCommentConfiguration : IEntityTypeConfiguration<EvaluationComment>
{
    public void Configure(EntityTypeBuilder<EvaluationComment> builder)
    {
        builder.ToTable("SelfEvaluationComments");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Evaluation>().WithMany().HasForeignKey(c => c.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.AreaCode).HasMaxLength(100);
        builder.Property(c => c.Text).HasMaxLength(EvaluationComment.MaxLength);
        builder.Property(c => c.By).HasMaxLength(200);
        builder.HasIndex(c => c.EvaluationId);
    }
}
