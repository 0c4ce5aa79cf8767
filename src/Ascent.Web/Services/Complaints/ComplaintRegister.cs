using Ascent.Web.Data;
using Ascent.Web.Domain.Complaints;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Complaints;

/// A line of the register.
public sealed record ComplaintRow(
    int Id, ComplaintKind Kind, string Team, string About, string? Setting, string RaisedBy, DateOnly ReceivedOn, ComplaintStatus Status,
    DateOnly AcknowledgeBy, DateOnly AnswerBy, DateOnly? AcknowledgedOn, DateOnly? AnsweredOn, ComplaintOutcome? Outcome);

/// What the register is narrowed to; a quarter is "2026-Q1" (calendar quarters of the day received).
public sealed record RegisterFilter(ComplaintKind? Kind, int? TeamId, ComplaintStatus? Status, string? Quarter);

/// A service of the offer, to say a complaint is about it.
public sealed record ServiceChoice(int Id, string Title);

/// Reads compliments and complaints through the query filter: nobody finds one they may not see (docs/complaints.md).
public sealed class ComplaintRegister(AppDbContext db)
{
    public async Task<IReadOnlyList<ComplaintRow>> ListAsync(RegisterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Complaints.AsNoTracking();
        if (filter.Kind is { } kind)
            query = query.Where(c => c.Kind == kind);
        if (filter.TeamId is { } team)
            query = query.Where(c => c.TeamId == team);
        if (filter.Status is { } status)
        {
            query = status switch
            {
                ComplaintStatus.Received => query.Where(c => c.AcknowledgedOn == null),
                ComplaintStatus.Acknowledged => query.Where(c => c.AcknowledgedOn != null && c.AnsweredOn == null),
                _ => query.Where(c => c.AnsweredOn != null),
            };
        }

        if (Quarters.TryParse(filter.Quarter, out var from, out var to))
            query = query.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        var rows = await query.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Kind,
                Team = db.ComplaintTeams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
                c.OfficerName,
                c.Service,
                Setting = db.Settings.Where(s => s.Id == c.SettingId).Select(s => s.Name).FirstOrDefault(),
                c.RaisedBy,
                c.ReceivedOn,
                c.AcknowledgeBy,
                c.AnswerBy,
                c.AcknowledgedOn,
                c.AnsweredOn,
                c.Outcome,
            }).ToListAsync(cancellationToken);
        return [.. rows.Select(c => new ComplaintRow(c.Id, c.Kind, c.Team ?? "", c.OfficerName ?? c.Service ?? "", c.Setting, c.RaisedBy, c.ReceivedOn,
            c.AnsweredOn != null ? ComplaintStatus.Answered : c.AcknowledgedOn != null ? ComplaintStatus.Acknowledged : ComplaintStatus.Received,
            c.AcknowledgeBy, c.AnswerBy, c.AcknowledgedOn, c.AnsweredOn, c.Outcome))];
    }

    /// One compliment or complaint, if this person may see it; not tracked.
    public Task<Complaint?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<string?> TeamNameAsync(int teamId, CancellationToken cancellationToken) =>
        db.ComplaintTeams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);

    public Task<string?> SettingNameAsync(int? settingId, CancellationToken cancellationToken) =>
        db.Settings.AsNoTracking().Where(s => s.Id == settingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);

    /// The LA administrator and the manager it went to work it; everyone else who sees it reads it.
    public bool MayWork(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return db.CurrentUser.SettingId is null && db.CurrentUser.TenantId == complaint.TenantId
            && (db.CurrentUser.IsInRole(Domain.People.Roles.LaAdministrator) || db.CurrentUser.UserId == complaint.ManagerId);
    }

    /// The offer's published services, courses and events, by title.
    public async Task<IReadOnlyList<ServiceChoice>> ServicesAsync(CancellationToken cancellationToken) =>
        await db.OfferItems.AsNoTracking().Where(i => i.Status == OfferStatus.Published).OrderBy(i => i.Title)
            .Select(i => new ServiceChoice(i.Id, i.Title)).ToListAsync(cancellationToken);

    /// The LA's settings, to record one on a setting's behalf.
    public async Task<IReadOnlyList<(int Id, string Name)>> SettingsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Settings.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).Take(2000).ToListAsync(cancellationToken)).Select(s => (s.Id, s.Name))];
}
