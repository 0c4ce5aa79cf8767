using System.Linq.Expressions;
using System.Reflection;
using Ascent.Web.Domain.Audit;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Ascent.Web.Data;

/// Tenancy: every entity says whose it is (Domain/Tenancy/ITenantOwned.cs) and gets its query filter from that here.
/// The few whose rule fits no interface are written by hand below, each with its reason; a new entity that says
/// nothing stops the model from building, so it cannot be left unfiltered by mistake.
public abstract partial class AppDbContext
{
    /// Entities filtered by a rule of their own, written in AddFiltersByHand.
    internal static readonly IReadOnlySet<Type> FilteredByHand = new HashSet<Type>
    {
        typeof(Tenant), typeof(Setting), typeof(ImportUpload), typeof(Invitation), typeof(AppUser), typeof(UserSession),
        typeof(PersonalAccessToken), typeof(Domain.Notifications.Notification), typeof(Domain.Visits.VisitNote),
        typeof(Domain.Instruments.InstrumentText),
        typeof(Domain.QualityMark.EvaluationInvitation),
        typeof(Domain.QualityMark.NetworkMeeting), typeof(Domain.QualityMark.NetworkInvitation), typeof(Domain.QualityMark.NetworkAttendance),
        typeof(Domain.Partnerships.Partnership), typeof(Domain.Partnerships.PartnershipMember),
        typeof(Domain.Partnerships.BuddyPairing),
        // Bulletins and questions to the network
        typeof(Domain.Partnerships.Bulletin), typeof(Domain.Partnerships.BulletinRecipient), typeof(Domain.Partnerships.BulletinOpening),
        typeof(Domain.Partnerships.NetworkQuestion), typeof(Domain.Partnerships.NetworkAnswer),
        typeof(Domain.Partnerships.MeetingSeries), typeof(Domain.Partnerships.Meeting), typeof(Domain.Partnerships.MeetingAgendaItem),
        typeof(Domain.Partnerships.MeetingAttendance), typeof(Domain.Partnerships.MeetingAction),
        // The LA's offer: drafts of its catalogue are its own
        typeof(Domain.Offer.OfferItem),
        // Compliments and complaints: the officer a complaint is about does not see it until it is shared
        typeof(Domain.Complaints.Complaint),
    };

    /// Entities nothing filters: the keys that sign cookies for every node (docs/adr/0009); Identity's own tables,
    /// only read through a user (and users are filtered); and children with no tenant column of their own, only read
    /// through their filtered parent (a visit's attendees, a note's addenda).
    internal static readonly IReadOnlySet<Type> NotFiltered = new HashSet<Type>
    {
        typeof(DataProtectionKey), typeof(IdentityRole<Guid>), typeof(IdentityUserRole<Guid>), typeof(IdentityUserClaim<Guid>),
        typeof(IdentityUserLogin<Guid>), typeof(IdentityUserToken<Guid>), typeof(IdentityRoleClaim<Guid>),
        typeof(IdentityUserPasskey<Guid>), typeof(Domain.Visits.VisitAttendee), typeof(Domain.Visits.NoteAddendum),
    };

    // The query filters read these at query time, so one context follows the principal of its scope.
    private bool ScopeAllTenants => _currentUser.IsSystem;

    private bool ScopeAnonymous => !_currentUser.IsAuthenticated;

    private int ScopeTenantId => _currentUser.TenantId ?? -1;

    private int? ScopeSettingId => _currentUser.SettingId;

    private Guid ScopeUserId => _currentUser.UserId ?? Guid.Empty;

    private void AddQueryFilters(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.ClrType).ToList())
        {
            if (FilteredByHand.Contains(type) || NotFiltered.Contains(type))
                continue;
            var rule = RuleFor(type) ?? throw new InvalidOperationException(
                $"{type.Name} does not say whose data it is: give it one of the interfaces in Domain/Tenancy/ITenantOwned.cs, or a filter by hand in AppDbContext.Filters.cs.");
            if (rule == nameof(ILocalAuthorityOnly))
                builder.Entity(type).HasQueryFilter(LocalAuthorityOnly(type));
            else
                typeof(AppDbContext).GetMethod(rule, BindingFlags.Instance | BindingFlags.NonPublic)!
                    .MakeGenericMethod(type).Invoke(this, [builder]);
        }
        AddFiltersByHand(builder);
    }

    /// Which rule an entity's interfaces give it (the name of the method that adds it), or null when they give none.
    /// The LA's own work stays the LA's even when it is about one setting (a support case).
    internal static string? RuleFor(Type type) =>
        typeof(ILocalAuthorityOnly).IsAssignableFrom(type) ? nameof(ILocalAuthorityOnly)
        : typeof(ISettingPrivate).IsAssignableFrom(type) ? nameof(FilterPrivateToSetting)
        : typeof(IPublishedToSetting).IsAssignableFrom(type) ? nameof(FilterPublishedToSetting)
        : typeof(ISettingOwned).IsAssignableFrom(type) ? nameof(FilterBySetting)
        : typeof(ISharedWithSettings).IsAssignableFrom(type) ? nameof(FilterByTenant)
        : null;

    private void FilterBySetting<T>(ModelBuilder builder)
        where T : class, ISettingOwned =>
        builder.Entity<T>().HasQueryFilter(e => ScopeAllTenants
            || (e.TenantId == ScopeTenantId && (ScopeSettingId == null || e.SettingId == ScopeSettingId)));

    // A child's row is the setting's alone: a person with no setting (LA staff, a system administrator) sees none.
    // Only work acting as the system with no signed-in person (jobs, commands, the demo) reads across settings.
    private void FilterPrivateToSetting<T>(ModelBuilder builder)
        where T : class, ISettingPrivate =>
        builder.Entity<T>().HasQueryFilter(e => (ScopeAllTenants && ScopeUserId == Guid.Empty)
            || (e.TenantId == ScopeTenantId && ScopeSettingId == e.SettingId));

    private void FilterPublishedToSetting<T>(ModelBuilder builder)
        where T : class, IPublishedToSetting =>
        builder.Entity<T>().HasQueryFilter(e => ScopeAllTenants
            || (e.TenantId == ScopeTenantId && (ScopeSettingId == null || (e.SettingId == ScopeSettingId && e.IsPublished))));

    private void FilterByTenant<T>(ModelBuilder builder)
        where T : class, ISharedWithSettings =>
        builder.Entity<T>().HasQueryFilter(e => ScopeAllTenants || e.TenantId == ScopeTenantId);

    // The LA's own rows carry an int TenantId, or an int? where a row may belong to no LA (an import of every LA, a
    // message or audit entry of the system's): those only the system sees.
    private LambdaExpression LocalAuthorityOnly(Type type)
    {
        var tenantId = type.GetProperty("TenantId")
            ?? throw new InvalidOperationException($"{type.Name} is {nameof(ILocalAuthorityOnly)} but has no TenantId.");
        LambdaExpression rule = tenantId.PropertyType == typeof(int)
            ? (Expression<Func<int, bool>>)(id => ScopeAllTenants || (id == ScopeTenantId && ScopeSettingId == null))
            : (Expression<Func<int?, bool>>)(id => ScopeAllTenants || (id == ScopeTenantId && ScopeSettingId == null));
        var entity = Expression.Parameter(type, "e");
        return Expression.Lambda(
            ReplacingExpressionVisitor.Replace(rule.Parameters[0], Expression.Property(entity, tenantId), rule.Body), entity);
    }

    private void AddFiltersByHand(ModelBuilder builder)
    {
        // A tenant sees only itself.
        builder.Entity<Tenant>().HasQueryFilter(t => ScopeAllTenants || t.Id == ScopeTenantId);
        // A setting is its own row: its staff see that one, the LA all of its settings.
        builder.Entity<Setting>().HasQueryFilter(s => ScopeAllTenants
            || (s.TenantId == ScopeTenantId && (ScopeSettingId == null || s.Id == ScopeSettingId)));
        // Uploaded files go with their run: the LA team that uploaded them checks them, the import job (the system) runs them.
        builder.Entity<ImportUpload>().HasQueryFilter(u => ScopeAllTenants
            || ImportRuns.Any(r => r.Id == u.ImportRunId && r.TenantId == ScopeTenantId && ScopeSettingId == null));
        // An invitation to the LA's team has no setting: a setting's staff see only those to their own setting.
        builder.Entity<Invitation>().HasQueryFilter(i => ScopeAllTenants
            || (i.TenantId == ScopeTenantId && (ScopeSettingId == null || i.SettingId == ScopeSettingId)));
        // Signing in, resetting a password and accepting an invitation look users up before anyone is signed in.
        builder.Entity<AppUser>().HasQueryFilter(u => ScopeAllTenants || ScopeAnonymous
            || (u.TenantId == ScopeTenantId && (ScopeSettingId == null || u.SettingId == ScopeSettingId)));
        builder.Entity<UserSession>().HasQueryFilter(s => ScopeAllTenants || ScopeAnonymous || s.UserId == ScopeUserId);
        // API tokens are their owner's alone; the bearer scheme finds one by its hash while acting as the system.
        builder.Entity<PersonalAccessToken>().HasQueryFilter(t => ScopeAllTenants || t.UserId == ScopeUserId);
        // Notifications are their recipient's alone, even for a system administrator; only system processes
        // (which have no user id) see them all, to send them.
        builder.Entity<Domain.Notifications.Notification>().HasQueryFilter(n => n.UserId == ScopeUserId
            || (ScopeAllTenants && ScopeUserId == Guid.Empty));
        // Licensed indicator texts: the LA's licence covers its staff and all its settings; a setting's own licence
        // covers only that setting (not even its LA).
        builder.Entity<Domain.Instruments.InstrumentText>().HasQueryFilter(t => ScopeAllTenants
            || (t.TenantId == ScopeTenantId && (t.SettingId == null || t.SettingId == ScopeSettingId)));
        // An end-of-cohort evaluation asks settings and the LA's evaluators (who have no setting): a setting's staff see
        // only their own setting's invitation, the LA's staff all of their LA's.
        builder.Entity<Domain.QualityMark.EvaluationInvitation>().HasQueryFilter(i => ScopeAllTenants
            || (i.TenantId == ScopeTenantId && (ScopeSettingId == null || i.SettingId == ScopeSettingId)));
        // A setting sees its own visits, and of their notes only what has been issued: drafts are the LA's.
        builder.Entity<Domain.Visits.VisitNote>().HasQueryFilter(n => ScopeAllTenants
            || (n.TenantId == ScopeTenantId && (ScopeSettingId == null || (n.SettingId == ScopeSettingId && n.Status == Domain.Visits.NoteStatus.Issued))));
        // A network meeting is the LA's; a setting's staff see only the meetings their setting is invited to, and of
        // the invitations and attendance only their own setting's (an evaluator's invitation has no setting).
        builder.Entity<Domain.QualityMark.NetworkMeeting>().HasQueryFilter(m => ScopeAllTenants
            || (m.TenantId == ScopeTenantId && (ScopeSettingId == null || NetworkInvitations.Any(i => i.MeetingId == m.Id && i.SettingId == ScopeSettingId))));
        builder.Entity<Domain.QualityMark.NetworkInvitation>().HasQueryFilter(i => ScopeAllTenants
            || (i.TenantId == ScopeTenantId && (ScopeSettingId == null || i.SettingId == ScopeSettingId)));
        builder.Entity<Domain.QualityMark.NetworkAttendance>().HasQueryFilter(a => ScopeAllTenants
            || (a.TenantId == ScopeTenantId && (ScopeSettingId == null || a.SettingId == ScopeSettingId)));
        // A partnership is the LA's; a setting's staff see the partnerships their setting belongs to now, and those
        // partnerships' members (names, roles and contacts: the members work together), never another partnership's.
        // The members' filter reads its own table: EF Core does not apply a filter inside itself, so no cycle.
        builder.Entity<Domain.Partnerships.Partnership>().HasQueryFilter(p => ScopeAllTenants
            || (p.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == p.Id && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        builder.Entity<Domain.Partnerships.PartnershipMember>().HasQueryFilter(m => ScopeAllTenants
            || (m.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(own => own.PartnershipId == m.PartnershipId && own.SettingId == ScopeSettingId && own.LeftOn == null))));
        // A buddy pairing is the LA's; the supported setting's and the lead setting's staff see their own pairing (its
        // goals, visits, shared notes and review), never another's.
        builder.Entity<Domain.Partnerships.BuddyPairing>().HasQueryFilter(p => ScopeAllTenants
            || (p.TenantId == ScopeTenantId && (ScopeSettingId == null || p.SupportedSettingId == ScopeSettingId || p.LeadSettingId == ScopeSettingId)));
        AddBulletinFilters(builder);
        AddOfferFilters(builder);
        AddComplaintFilters(builder);
    }

    // Bulletins are the LA's: a setting's staff see only sent bulletins their setting received (drafts are the LA's),
    // and of who received and opened them only their own setting. Questions to the network follow their partnership:
    // a setting's staff see those of the partnerships their setting belongs to now.
    private void AddBulletinFilters(ModelBuilder builder)
    {
        builder.Entity<Domain.Partnerships.Bulletin>().HasQueryFilter(b => ScopeAllTenants
            || (b.TenantId == ScopeTenantId && (ScopeSettingId == null
                || (b.SentAt != null && BulletinRecipients.Any(r => r.BulletinId == b.Id && r.SettingId == ScopeSettingId)))));
        builder.Entity<Domain.Partnerships.BulletinRecipient>().HasQueryFilter(r => ScopeAllTenants
            || (r.TenantId == ScopeTenantId && (ScopeSettingId == null || r.SettingId == ScopeSettingId)));
        builder.Entity<Domain.Partnerships.BulletinOpening>().HasQueryFilter(o => ScopeAllTenants
            || (o.TenantId == ScopeTenantId && (ScopeSettingId == null || o.SettingId == ScopeSettingId)));
        builder.Entity<Domain.Partnerships.NetworkQuestion>().HasQueryFilter(q => ScopeAllTenants
            || (q.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == q.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        builder.Entity<Domain.Partnerships.NetworkAnswer>().HasQueryFilter(a => ScopeAllTenants
            || (a.TenantId == ScopeTenantId && (ScopeSettingId == null
                || PartnershipMembers.Any(m => m.PartnershipId == a.PartnershipId && m.SettingId == ScopeSettingId && m.LeftOn == null))));
        AddMeetingFilters(builder);
    }
}
