using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Setting).WithMany().HasForeignKey(v => v.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CaseTask>().WithMany().HasForeignKey(v => v.CaseTaskId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(v => v.Purpose).HasMaxLength(40);
        builder.Property(v => v.Title).HasMaxLength(Visit.TitleMaxLength);
        builder.Property(v => v.Focus).HasMaxLength(Visit.FocusMaxLength);
        builder.Property(v => v.TimeZone).HasMaxLength(60);
        builder.Property(v => v.Location).HasMaxLength(Visit.LocationMaxLength);
        builder.Property(v => v.Agenda).HasMaxLength(Visit.AgendaMaxLength);
        builder.Property(v => v.SettingAttendees).HasMaxLength(Visit.SettingAttendeesMaxLength);
        builder.Property(v => v.CancellationReason).HasMaxLength(Visit.ReasonMaxLength);
        builder.Property(v => v.LastRescheduleReason).HasMaxLength(Visit.ReasonMaxLength);
        builder.Property(v => v.PlannedBy).HasMaxLength(200);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.OwnsOne(v => v.Preparation, p =>
        {
            p.Property(x => x.SinceLastVisit).HasMaxLength(VisitPreparation.SinceLastVisitMaxLength);
            p.Property(x => x.ToDiscuss).HasMaxLength(VisitPreparation.ToDiscussMaxLength);
            p.Property(x => x.UpdatedBy).HasMaxLength(200);
        });
        builder.Navigation(v => v.Preparation).IsRequired();
        builder.HasMany(v => v.Attendees).WithOne().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Documents).WithOne(d => d.Visit).HasForeignKey(d => d.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SettingId, v.Date });
        builder.HasIndex(v => new { v.TenantId, v.Date });
    }
}

internal sealed class VisitAttendeeConfiguration : IEntityTypeConfiguration<VisitAttendee>
{
    public void Configure(EntityTypeBuilder<VisitAttendee> builder)
    {
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.HasIndex(a => new { a.VisitId, a.UserId }).IsUnique();
    }
}

internal sealed class VisitDocumentConfiguration : IEntityTypeConfiguration<VisitDocument>
{
    public void Configure(EntityTypeBuilder<VisitDocument> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(d => d.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(d => d.FileName).HasMaxLength(Domain.AllowedFiles.FileNameMaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(150);
        builder.Property(d => d.UploadedBy).HasMaxLength(200);
    }
}

internal sealed class VisitNoteConfiguration : IEntityTypeConfiguration<VisitNote>
{
    public void Configure(EntityTypeBuilder<VisitNote> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(n => n.SettingId).OnDelete(DeleteBehavior.NoAction);
        // One note per visit, even when two advisers start it at the same moment.
        builder.HasOne(n => n.Visit).WithOne().HasForeignKey<VisitNote>(n => n.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => n.VisitId).IsUnique();
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.Property(n => n.TemplateName).HasMaxLength(200);
        builder.Property(n => n.DiscussionPrompt).HasMaxLength(2000);
        builder.Property(n => n.Agenda).HasMaxLength(VisitNote.AgendaMaxLength);
        builder.Property(n => n.Attended).HasMaxLength(VisitNote.AttendedMaxLength);
        builder.Property(n => n.SeenAndDiscussed).HasMaxLength(VisitNote.SeenAndDiscussedMaxLength);
        builder.Property(n => n.AuditsDone).HasMaxLength(VisitNote.AuditsDoneMaxLength);
        builder.Property(n => n.Signposting).HasMaxLength(300);
        builder.Property(n => n.SignpostingOther).HasMaxLength(VisitNote.SignpostingOtherMaxLength);
        builder.Property(n => n.SignpostedCourses).HasMaxLength(VisitNote.SignpostedCoursesMaxLength);
        builder.Property(n => n.Progress).HasMaxLength(20);
        builder.Property(n => n.ReviewedBy).HasMaxLength(200);
        builder.Property(n => n.ReviewComment).HasMaxLength(VisitNote.ReviewCommentMaxLength);
        builder.Property(n => n.IssuedBy).HasMaxLength(200);
        builder.Property(n => n.AcknowledgedBy).HasMaxLength(200);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasMany(n => n.Reviews).WithOne(r => r.Note).HasForeignKey(r => r.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Recommendations).WithOne(r => r.Note).HasForeignKey(r => r.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Actions).WithOne(a => a.Note).HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Addenda).WithOne().HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.TenantId, n.Status, n.AcknowledgedAt });
    }
}

internal sealed class NoteAddendumConfiguration : IEntityTypeConfiguration<NoteAddendum>
{
    public void Configure(EntityTypeBuilder<NoteAddendum> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(NoteAddendum.TextMaxLength);
        builder.Property(a => a.AddedBy).HasMaxLength(200);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<VisitNote>().WithMany().HasForeignKey(r => r.MetInNoteId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Text).HasMaxLength(Recommendation.TextMaxLength);
        builder.HasIndex(r => new { r.SettingId, r.Status });
    }
}

internal sealed class RecommendationReviewConfiguration : IEntityTypeConfiguration<RecommendationReview>
{
    public void Configure(EntityTypeBuilder<RecommendationReview> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Recommendation).WithMany().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Comment).HasMaxLength(RecommendationReview.CommentMaxLength);
        builder.HasIndex(r => new { r.NoteId, r.RecommendationId }).IsUnique();
    }
}

internal sealed class AgreedActionConfiguration : IEntityTypeConfiguration<AgreedAction>
{
    public void Configure(EntityTypeBuilder<AgreedAction> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.Text).HasMaxLength(AgreedAction.TextMaxLength);
        builder.Property(a => a.PlanGoalTitle).HasMaxLength(AgreedAction.PlanGoalTitleMaxLength);
        // A goal is never deleted from a plan today; if one goes (with its setting), its actions keep its title.
        builder.HasOne(a => a.Goal).WithMany().HasForeignKey(a => a.PlanGoalId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(a => a.IsUnlinked);
        builder.Property(a => a.Progress).HasMaxLength(AgreedAction.ProgressMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.SettingId, a.Status });
    }
}

internal sealed class NoteTemplateConfiguration : IEntityTypeConfiguration<NoteTemplate>
{
    public void Configure(EntityTypeBuilder<NoteTemplate> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Purpose).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(NoteTemplate.NameMaxLength);
        builder.Property(t => t.Agenda).HasMaxLength(NoteTemplate.AgendaMaxLength);
        builder.Property(t => t.DiscussionPrompt).HasMaxLength(NoteTemplate.DiscussionPromptMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.TenantId, t.Purpose }).IsUnique();
    }
}
