using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Support;

/// LA A's team for compliments and complaints ("Improvement", managed by its senior adviser) and complaints made
/// behind the pages' backs: from setting A1, about LA A's adviser or a service.
public static class ComplaintSeed
{
    public const string TeamName = "Improvement";

    public static Task<int> TeamAsync(AscentFixture app) =>
        app.WithDbAsync(async (db, _) =>
        {
            if (await db.ComplaintTeams.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.TenantId == app.World.TenantAId && t.Name == TeamName) is { } team)
                return team.Id;
            team = new ComplaintTeam(app.World.TenantAId, TeamName, app.World.UserIds[TestWorld.SeniorA]);
            db.ComplaintTeams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });

    /// A complaint from setting A1 received on the day given; about the adviser unless a service is named.
    public static async Task<int> ComplaintAsync(AscentFixture app, DateOnly receivedOn, string? service = null, ComplaintKind kind = ComplaintKind.Complaint, Action<Complaint>? then = null)
    {
        var teamId = await TeamAsync(app);
        return await app.WithDbAsync(async (db, services) =>
        {
            var team = await db.ComplaintTeams.IgnoreQueryFilters().SingleAsync(t => t.Id == teamId);
            var days = services.GetRequiredService<BankHolidays>().For("England");
            var adviser = service is null ? app.World.UserIds[TestWorld.AdviserA] : (Guid?)null;
            var complaint = new Complaint(app.World.TenantAId, app.World.SettingA1Id, team,
                new ComplaintDetails(kind, adviser, adviser is null ? null : "Adam Adviser", null, service, receivedOn, "The visit was cancelled on the day.", null, "Olive Owner", TestWorld.OwnerA1),
                app.World.UserIds[TestWorld.OwnerA1], "Olive Owner", receivedOn, AscentFixture.Start, days);
            then?.Invoke(complaint);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            return complaint.Id;
        });
    }
}
