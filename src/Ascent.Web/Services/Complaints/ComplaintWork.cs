using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Complaints;

/// What the recording form gives: the details, the team (null: from the officer's role), and the setting it is from.
public sealed record NewComplaint(ComplaintDetails Details, int? TeamId, int? SettingId);

/// Records compliments and complaints and takes them through their steps, each saved with its e-mails in one save
/// (AppDbContext audits every change). A step on a form opened before another's step is refused.
public sealed class ComplaintWork(AppDbContext db, TimeProvider time, BankHolidays holidays, ComplaintMail mail)
{
    public const string Stale = "Someone else changed this after you opened the page. Check it as it is now and try again";

    /// Records one, sends it to the team's manager and a receipt to whoever recorded it. Returns it, or the reason.
    public async Task<(Complaint? Complaint, string? Refused)> RecordAsync(NewComplaint form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's people record complaints.");
        var teamId = form.TeamId ?? await TeamForOfficerAsync(form.Details.OfficerId, cancellationToken);
        if (teamId is null)
            return (null, "Select the team it is for");
        var team = await db.ComplaintTeams.FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
            return (null, "Select the team from the list");
        var days = await WorkingDaysAsync(tenantId, cancellationToken);
        var userId = db.CurrentUser.UserId ?? Guid.Empty;
        try
        {
            var complaint = new Complaint(tenantId, db.CurrentUser.SettingId ?? form.SettingId, team, form.Details, userId, db.CurrentUser.DisplayName,
                time.Today(), time.GetUtcNow(), days);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(cancellationToken);
            await mail.ReceivedAsync(complaint, team.Name, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return (complaint, null);
        }
        catch (InvalidOperationException refused)
        {
            db.ChangeTracker.Clear();
            return (null, refused.Message.TrimEnd('.'));
        }
    }

    public Task<string?> AcknowledgeAsync(int id, int version, DateOnly on, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, c =>
        {
            c.Acknowledge(on, time.Today(), db.CurrentUser.DisplayName);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<string?> AnswerAsync(int id, int version, DateOnly on, string response, ComplaintOutcome outcome, string? theme, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, c =>
        {
            c.Answer(on, time.Today(), response, outcome, theme, db.CurrentUser.DisplayName);
            mail.Answered(c);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<string?> RecordLearningAsync(int id, int version, string learning, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, c =>
        {
            c.RecordLearning(learning);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<string?> ShareAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, c =>
        {
            c.ShareWithOfficer(time.GetUtcNow(), db.CurrentUser.DisplayName);
            mail.Shared(c);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<WorkingDays> WorkingDaysAsync(int tenantId, CancellationToken cancellationToken)
    {
        var nation = await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == tenantId).Select(t => t.Nation).SingleAsync(cancellationToken);
        return holidays.For(nation);
    }

    // The team an officer's role makes obvious: a childcare sufficiency officer's complaints go to the team whose name
    // says sustainability or sufficiency, every other officer's to improvement; one team takes everything.
    private async Task<int?> TeamForOfficerAsync(Guid? officerId, CancellationToken cancellationToken)
    {
        var teams = await db.ComplaintTeams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        if (teams.Count == 1)
            return teams[0].Id;
        if (officerId is null)
            return null;
        var sufficiency = await db.UserRoles.AnyAsync(held => held.UserId == officerId
            && db.Roles.Any(role => role.Id == held.RoleId && role.Name == Domain.People.Roles.ChildcareSufficiencyOfficer), cancellationToken);
        string[] words = sufficiency ? ["Sustainability", "Sufficiency"] : ["Improvement"];
        var matches = teams.Where(t => words.Any(w => t.Name.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        return matches.Count == 1 ? matches[0].Id : null;
    }

    private async Task<string?> ChangeAsync(int id, int version, Func<Complaint, Task> change, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
            return "This is no longer there";
        if (complaint.Version != version)
            return Stale;
        db.Entry(complaint).Property(c => c.Version).OriginalValue = version;
        try
        {
            await change(complaint);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (InvalidOperationException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Message.TrimEnd('.');
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale;
        }
    }
}
