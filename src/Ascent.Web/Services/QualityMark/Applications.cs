using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Notifications;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// A setting's application to a cohort and the coordinator's answer to it. Accepting or declining keeps the entry
/// criteria as Ascent checked them at that moment (EntryCriterionRecord) and tells the setting's leaders; a new
/// application tells the LA's quality-mark coordinators. The caller saves, so a concurrency conflict is the page's.
public sealed class Applications(AppDbContext db, ApplicantFactsReader facts, SchemeVersions schemes, SettingNotifier notifier, TimeProvider time)
{
    /// The scheme a cohort runs on: the LA's version it opened on, or the shipped file (SchemeVersions).
    public async Task<SchemeDefinition> SchemeOfAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return await schemes.OfCohortAsync(cohort, cancellationToken) ?? throw new InvalidOperationException($"The scheme of cohort {cohort.Id} is not installed.");
    }

    /// Why this setting may not apply to this cohort today, in words it can act on; null when it may.
    public async Task<string?> RefusalAsync(Cohort cohort, int settingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var today = time.Today();
        var applied = await db.Accreditations.AsNoTracking().Where(a => a.CohortId == cohort.Id && a.SettingId == settingId)
            .Select(a => (DateOnly?)a.AppliedOn).FirstOrDefaultAsync(cancellationToken);
        if (applied is { } on)
            return $"Your setting applied to {cohort.Name} on {Format.Date(on)}. A setting applies once to each cohort.";
        if (today < cohort.ApplicationsOpenOn)
            return $"Applications to {cohort.Name} open on {Format.Date(cohort.ApplicationsOpenOn)}.";
        if (today > cohort.ApplicationsCloseOn)
            return $"Applications to {cohort.Name} closed on {Format.Date(cohort.ApplicationsCloseOn)}.";
        return null;
    }

    public async Task<Accreditation> ApplyAsync(Cohort cohort, int settingId, string settingName, string statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var accreditation = Accreditation.Apply(cohort, settingId, statement, db.CurrentUser.DisplayName, time.Today());
        db.Accreditations.Add(accreditation);
        var coordinators = await db.ActiveUsersInRoles(Roles.QualityMarkCoordinator)
            .Where(u => u.TenantId == cohort.TenantId).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var coordinator in coordinators)
            db.Notifications.Add(new Notification(cohort.TenantId, coordinator, $"{settingName} applied to {cohort.Name}.", $"/quality-mark/cohorts/{cohort.Id}", time.GetUtcNow(), email: true));
        return accreditation;
    }

    /// Accepts the application into the cohort with the coordinator's judgement (required by the page when a
    /// criterion is not met or is theirs to judge), keeping the criteria as checked now.
    public async Task AcceptAsync(Accreditation accreditation, string settingName, string judgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        await RecordCriteriaAsync(accreditation, cancellationToken);
        accreditation.Accept(db.CurrentUser.DisplayName, time.Today(), judgement);
        await notifier.NotifyLeadersAsync(accreditation.TenantId, accreditation.SettingId,
            $"{settingName} has been accepted into {accreditation.Cohort.Name} of the {(await SchemeOfAsync(accreditation.Cohort, cancellationToken)).Name}.", Link(accreditation), cancellationToken);
    }

    public async Task DeclineAsync(Accreditation accreditation, string settingName, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accreditation);
        await RecordCriteriaAsync(accreditation, cancellationToken);
        accreditation.Decline(db.CurrentUser.DisplayName, time.Today(), reason);
        await notifier.NotifyLeadersAsync(accreditation.TenantId, accreditation.SettingId,
            $"{settingName}'s application to {accreditation.Cohort.Name} of the {(await SchemeOfAsync(accreditation.Cohort, cancellationToken)).Name} was not accepted: {reason.Trim()}", Link(accreditation), cancellationToken);
    }

    private async Task RecordCriteriaAsync(Accreditation accreditation, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var results = await facts.CheckAsync(await SchemeOfAsync(accreditation.Cohort, cancellationToken), accreditation.SettingId, cancellationToken);
        db.EntryCriterionRecords.AddRange(results.Select((r, i) => new EntryCriterionRecord(accreditation, i, r, today)));
    }

    private static string Link(Accreditation accreditation) => $"/quality-mark/accreditations/{accreditation.Id}";
}
