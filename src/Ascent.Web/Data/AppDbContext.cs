using Ascent.Web.Domain.Audit;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// The one database context. Tenancy is enforced here, by query filters, and every change is audited here,
/// in SaveChanges, so no page can forget either. Each provider has a subclass only to keep its own migrations.
public abstract partial class AppDbContext : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    private readonly CurrentUser _currentUser;
    private readonly TimeProvider _time;

    protected AppDbContext(DbContextOptions options, CurrentUser currentUser, TimeProvider time)
        : base(options)
    {
        _currentUser = currentUser;
        _time = time;
    }

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<InspectionGrade> InspectionGrades => Set<InspectionGrade>();

    public DbSet<InspectionItem> InspectionItems => Set<InspectionItem>();

    public DbSet<EnforcementEvent> EnforcementEvents => Set<EnforcementEvent>();

    public DbSet<SettingContact> SettingContacts => Set<SettingContact>();

    public DbSet<Domain.Cases.SupportCase> Cases => Set<Domain.Cases.SupportCase>();

    public DbSet<Domain.Cases.CaseTask> CaseTasks => Set<Domain.Cases.CaseTask>();

    public DbSet<Domain.Cases.CaseConcern> CaseConcerns => Set<Domain.Cases.CaseConcern>();

    public DbSet<Domain.Cases.PathwayVersion> PathwayVersions => Set<Domain.Cases.PathwayVersion>();

    public DbSet<Domain.Calendar.SchoolTerm> SchoolTerms => Set<Domain.Calendar.SchoolTerm>();

    public DbSet<Domain.Funding.FundingStatus> FundingStatuses => Set<Domain.Funding.FundingStatus>();

    public DbSet<Domain.Funding.FundingDecision> FundingDecisions => Set<Domain.Funding.FundingDecision>();

    public DbSet<Domain.Funding.FundingLetterTemplate> FundingLetterTemplates => Set<Domain.Funding.FundingLetterTemplate>();

    public DbSet<Domain.Funding.FundingEffectiveDateRule> FundingEffectiveDateRules => Set<Domain.Funding.FundingEffectiveDateRule>();

    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportRejectedRow> ImportRejectedRows => Set<ImportRejectedRow>();

    public DbSet<ImportChange> ImportChanges => Set<ImportChange>();

    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// The keys that sign cookies, forms and links, shared by every node (docs/adr/0009). Not tenant data: no filter.
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();

    public DbSet<Domain.Notifications.SentReminder> SentReminders => Set<Domain.Notifications.SentReminder>();

    public DbSet<Domain.Email.OutboxMessage> OutboxMessages => Set<Domain.Email.OutboxMessage>();

    public DbSet<Domain.Visits.Visit> Visits => Set<Domain.Visits.Visit>();

    public DbSet<Domain.Visits.VisitDocument> VisitDocuments => Set<Domain.Visits.VisitDocument>();

    public DbSet<Domain.Visits.VisitNote> VisitNotes => Set<Domain.Visits.VisitNote>();

    public DbSet<Domain.Visits.Recommendation> Recommendations => Set<Domain.Visits.Recommendation>();

    public DbSet<Domain.Visits.RecommendationReview> RecommendationReviews => Set<Domain.Visits.RecommendationReview>();

    public DbSet<Domain.Visits.AgreedAction> AgreedActions => Set<Domain.Visits.AgreedAction>();

    public DbSet<Domain.Visits.NoteTemplate> NoteTemplates => Set<Domain.Visits.NoteTemplate>();

    public DbSet<Domain.SelfEvaluation.Evaluation> SelfEvaluations => Set<Domain.SelfEvaluation.Evaluation>();

    public DbSet<Domain.SelfEvaluation.AreaEvaluation> SelfEvaluationAreas => Set<Domain.SelfEvaluation.AreaEvaluation>();

    public DbSet<Domain.SelfEvaluation.VoiceInvitation> VoiceInvitations => Set<Domain.SelfEvaluation.VoiceInvitation>();

    public DbSet<Domain.SelfEvaluation.VoiceResponse> VoiceResponses => Set<Domain.SelfEvaluation.VoiceResponse>();

    public DbSet<Domain.SelfEvaluation.VoiceAnswer> VoiceAnswers => Set<Domain.SelfEvaluation.VoiceAnswer>();

    public DbSet<Domain.SelfEvaluation.AreaVoiceQuestion> AreaVoiceQuestions => Set<Domain.SelfEvaluation.AreaVoiceQuestion>();

    public DbSet<Domain.SelfEvaluation.EvaluationComment> SelfEvaluationComments => Set<Domain.SelfEvaluation.EvaluationComment>();

    public DbSet<Domain.SelfEvaluation.AreaGuidance> AreaGuidance => Set<Domain.SelfEvaluation.AreaGuidance>();

    public DbSet<Domain.Improvement.PlanGoal> PlanGoals => Set<Domain.Improvement.PlanGoal>();

    public DbSet<Domain.Improvement.PlanStep> PlanSteps => Set<Domain.Improvement.PlanStep>();

    public DbSet<Domain.Improvement.GoalNote> GoalNotes => Set<Domain.Improvement.GoalNote>();

    public DbSet<Domain.Improvement.PlanGoalRevision> PlanGoalRevisions => Set<Domain.Improvement.PlanGoalRevision>();

    public DbSet<Domain.Improvement.ServiceStatement> ServiceStatements => Set<Domain.Improvement.ServiceStatement>();

    public DbSet<Domain.Evidence.EvidenceItem> EvidenceItems => Set<Domain.Evidence.EvidenceItem>();

    public DbSet<Domain.Evidence.EvidenceFile> EvidenceFiles => Set<Domain.Evidence.EvidenceFile>();

    public DbSet<Domain.Evidence.EvidenceUse> EvidenceUses => Set<Domain.Evidence.EvidenceUse>();

    public DbSet<Domain.Improvement.PlanShareLink> PlanShareLinks => Set<Domain.Improvement.PlanShareLink>();

    public DbSet<Domain.Improvement.PlanShareAccess> PlanShareAccesses => Set<Domain.Improvement.PlanShareAccess>();

    public CurrentUser CurrentUser => _currentUser;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace == typeof(AppDbContext).Namespace + ".Configurations");
        AddQueryFilters(builder);
    }
}
