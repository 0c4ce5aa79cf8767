using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Audit;
using Ascent.Web.Domain.Imports;
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

    public TimeProvider Time => _time;

    /// Today's date (UTC), from the same clock as everything else: deadlines and "overdue" are counted against it.
    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

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

    // The query filters read these at query time, so one context follows the principal of its scope.
    private bool ScopeAllTenants => _currentUser.IsSystem;

    private bool ScopeAnonymous => !_currentUser.IsAuthenticated;

    private int ScopeTenantId => _currentUser.TenantId ?? -1;

    private int? ScopeSettingId => _currentUser.SettingId;

    private Guid ScopeUserId => _currentUser.UserId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace == typeof(AppDbContext).Namespace + ".Configurations");

        builder.Entity<Tenant>().HasQueryFilter(t => ScopeAllTenants || t.Id == ScopeTenantId);
        builder.Entity<Setting>().HasQueryFilter(s => ScopeAllTenants
            || (s.TenantId == ScopeTenantId && (ScopeSettingId == null || s.Id == ScopeSettingId)));
        FilterBySetting<Inspection>(builder);
        FilterBySetting<InspectionGrade>(builder);
        FilterBySetting<InspectionItem>(builder);
        FilterBySetting<EnforcementEvent>(builder);
        FilterBySetting<SettingContact>(builder);
        // Support cases are the LA's work: a setting's own staff never see them (they see visits and notes instead).
        builder.Entity<Domain.Cases.SupportCase>().HasQueryFilter(c => ScopeAllTenants || (c.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Domain.Cases.CaseTask>().HasQueryFilter(t => ScopeAllTenants || (t.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Domain.Cases.CaseConcern>().HasQueryFilter(c => ScopeAllTenants || (c.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Domain.Cases.PathwayVersion>().HasQueryFilter(v => ScopeAllTenants || (v.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Domain.Calendar.SchoolTerm>().HasQueryFilter(t => ScopeAllTenants || t.TenantId == ScopeTenantId);
        // Funding decisions are the LA's: a setting hears of one by the letter, never sees proposals in Ascent.
        builder.Entity<Domain.Funding.FundingStatus>().HasQueryFilter(f => ScopeAllTenants || (f.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Domain.Funding.FundingDecision>().HasQueryFilter(f => ScopeAllTenants || (f.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Domain.Funding.FundingLetterTemplate>().HasQueryFilter(f => ScopeAllTenants || (f.TenantId == ScopeTenantId && ScopeSettingId == null));
        FilterBySetting<ChangeEvent>(builder);
        // Import runs are the LA team's business, not a setting's.
        builder.Entity<ImportRun>().HasQueryFilter(r => ScopeAllTenants || (r.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<ImportRejectedRow>().HasQueryFilter(r => ScopeAllTenants || (r.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<ImportChange>().HasQueryFilter(c => ScopeAllTenants || (c.TenantId == ScopeTenantId && ScopeSettingId == null));
        // Uploaded files go with their run: the LA team that uploaded them checks them, the import job (the system) runs them.
        builder.Entity<ImportUpload>().HasQueryFilter(u => ScopeAllTenants
            || ImportRuns.Any(r => r.Id == u.ImportRunId && r.TenantId == ScopeTenantId && ScopeSettingId == null));
        builder.Entity<Invitation>().HasQueryFilter(i => ScopeAllTenants
            || (i.TenantId == ScopeTenantId && (ScopeSettingId == null || i.SettingId == ScopeSettingId)));
        // Signing in, resetting a password and accepting an invitation look users up before anyone is signed in.
        builder.Entity<AppUser>().HasQueryFilter(u => ScopeAllTenants || ScopeAnonymous
            || (u.TenantId == ScopeTenantId && (ScopeSettingId == null || u.SettingId == ScopeSettingId)));
        builder.Entity<UserSession>().HasQueryFilter(s => ScopeAllTenants || ScopeAnonymous || s.UserId == ScopeUserId);
        // API tokens are their owner's alone; the bearer scheme finds one by its hash while acting as the system.
        builder.Entity<PersonalAccessToken>().HasQueryFilter(t => ScopeAllTenants || t.UserId == ScopeUserId);
        // Setting staff never browse the audit trail; LA staff see their own tenant's.
        builder.Entity<AuditEntry>().HasQueryFilter(a => ScopeAllTenants
            || (a.TenantId == ScopeTenantId && ScopeSettingId == null));
        // Notifications are their recipient's alone, even for a system administrator; only system processes
        // (which have no user id) see them all, to send them.
        builder.Entity<Domain.Notifications.Notification>().HasQueryFilter(n => n.UserId == ScopeUserId
            || (ScopeAllTenants && ScopeUserId == Guid.Empty));
        builder.Entity<Domain.Notifications.SentReminder>().HasQueryFilter(r => ScopeAllTenants
            || (r.TenantId == ScopeTenantId && ScopeSettingId == null));
        // A setting sees its own visits, and of their notes only what has been issued: drafts are the LA's.
        FilterBySetting<Domain.Visits.Visit>(builder);
        FilterBySetting<Domain.Visits.VisitDocument>(builder);
        builder.Entity<Domain.Visits.VisitNote>().HasQueryFilter(n => ScopeAllTenants
            || (n.TenantId == ScopeTenantId && (ScopeSettingId == null || (n.SettingId == ScopeSettingId && n.Status == Domain.Visits.NoteStatus.Issued))));
        builder.Entity<Domain.Visits.Recommendation>().HasQueryFilter(r => ScopeAllTenants
            || (r.TenantId == ScopeTenantId && (ScopeSettingId == null || (r.SettingId == ScopeSettingId && r.IsPublished))));
        builder.Entity<Domain.Visits.RecommendationReview>().HasQueryFilter(r => ScopeAllTenants
            || (r.TenantId == ScopeTenantId && (ScopeSettingId == null || (r.SettingId == ScopeSettingId && r.IsPublished))));
        builder.Entity<Domain.Visits.AgreedAction>().HasQueryFilter(a => ScopeAllTenants
            || (a.TenantId == ScopeTenantId && (ScopeSettingId == null || (a.SettingId == ScopeSettingId && a.IsPublished))));
        builder.Entity<Domain.Visits.NoteTemplate>().HasQueryFilter(t => ScopeAllTenants || (t.TenantId == ScopeTenantId && ScopeSettingId == null));
        // A setting's self-evaluation is its own; its LA reads it to support the setting.
        FilterBySetting<Domain.SelfEvaluation.Evaluation>(builder);
        FilterBySetting<Domain.SelfEvaluation.AreaEvaluation>(builder);
        // Voices are answered by people without an account (found by their link's token, not through these filters);
        // what they said is read like the self-evaluation it sits beside. LA comments on it likewise.
        FilterBySetting<Domain.SelfEvaluation.VoiceInvitation>(builder);
        FilterBySetting<Domain.SelfEvaluation.VoiceResponse>(builder);
        FilterBySetting<Domain.SelfEvaluation.VoiceAnswer>(builder);
        FilterBySetting<Domain.SelfEvaluation.EvaluationComment>(builder);
        // The LA's guidance is read by its settings beside the form, and written by its own staff only.
        builder.Entity<Domain.SelfEvaluation.AreaGuidance>().HasQueryFilter(g => ScopeAllTenants || g.TenantId == ScopeTenantId);
        // The improvement plan is the setting's; its LA reads it and comments on it.
        FilterBySetting<Domain.Improvement.PlanGoal>(builder);
        FilterBySetting<Domain.Improvement.PlanStep>(builder);
        FilterBySetting<Domain.Improvement.GoalNote>(builder);
        FilterBySetting<Domain.Improvement.PlanGoalRevision>(builder);
        FilterBySetting<Domain.Improvement.ServiceStatement>(builder);
        // Evidence belongs to the setting that gathered it, for its self-evaluation and plan alike.
        FilterBySetting<Domain.Evidence.EvidenceItem>(builder);
        FilterBySetting<Domain.Evidence.EvidenceFile>(builder);
        FilterBySetting<Domain.Evidence.EvidenceUse>(builder);
        // Share links: the shared page finds its link by the token's hash with the filters off (no one is signed in).
        FilterBySetting<Domain.Improvement.PlanShareLink>(builder);
        FilterBySetting<Domain.Improvement.PlanShareAccess>(builder);
        // The outbox is for administrators: an LA's sees its own messages; messages with no LA only the system.
        builder.Entity<Domain.Email.OutboxMessage>().HasQueryFilter(m => ScopeAllTenants
            || (m.TenantId == ScopeTenantId && ScopeSettingId == null));
    }

    private void FilterBySetting<T>(ModelBuilder builder)
        where T : class, ISettingOwned =>
        builder.Entity<T>().HasQueryFilter(e => ScopeAllTenants
            || (e.TenantId == ScopeTenantId && (ScopeSettingId == null || e.SettingId == ScopeSettingId)));
}
