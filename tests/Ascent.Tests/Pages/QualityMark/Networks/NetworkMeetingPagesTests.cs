using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.QualityMark.Networks;

/// The coordinator plans a network meeting for the members of a cohort and the evaluators; the invited setting's owner
/// hears of it in Ascent and by e-mail and reads it, another setting and another LA find nothing; attendance is
/// recorded after it, and a second coordinator's change from an older page is refused.
public abstract class NetworkMeetingPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheCoordinatorPlansAMeeting_TheInvitedSettingHearsAndReadsIt_AndAttendanceIsRecorded()
    {
        await Decision.DecisionWorld.AccreditationAsync(app, app.World.SettingA1Id);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var form = await coordinator.GetAsync("/quality-mark/networks/new");
        Assert.Equal("Plan a network meeting", form.Heading);
        var planned = await coordinator.SubmitAsync(form, Fields(
            ("Purpose", "Workshop"), ("Title", "Autumn network: sharing case studies"), ("Date.Day", "23"), ("Date.Month", "11"), ("Date.Year", "2026"),
            ("Time", "4pm"), ("Place", "Oak Room, County Hall"), ("Agenda", "Introductions\nCase studies")));
        Assert.Equal("Autumn network: sharing case studies", planned.Heading);
        var text = planned.Document.Body!.TextContent;
        Assert.Contains("Acorn Day Nursery", text, StringComparison.Ordinal);
        Assert.Contains("Ruth Evans (evaluator)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bramble Pre-school", text, StringComparison.Ordinal);
        var id = int.Parse(planned.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var mail = await app.Smtp.WaitForMessageToAsync(TestWorld.OwnerA1, TimeSpan.FromSeconds(30));
        Assert.Equal("Invitation: Autumn network: sharing case studies, 23 November 2026 at 4pm", mail.Subject);
        Assert.Contains("Oak Room, County Hall", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/quality-mark/networks/{id}", mail.TextBody, StringComparison.Ordinal);
        var notices = await app.WithDbAsync((db, _) => db.Notifications.IgnoreQueryFilters().Where(n => n.Link == $"/quality-mark/networks/{id}").Select(n => n.UserId).ToListAsync());
        Assert.Contains(app.World.UserIds[TestWorld.OwnerA1], notices);
        Assert.DoesNotContain(app.World.UserIds[TestWorld.OwnerA2], notices);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("Autumn network: sharing case studies", (await owner.GetAsync("/quality-mark/networks")).Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Autumn network: sharing case studies", (await owner.GetAsync("/quality-mark")).Document.QuerySelector("#networks ~ div")!.TextContent, StringComparison.Ordinal);
        var own = await owner.GetAsync($"/quality-mark/networks/{id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.DoesNotContain("Ruth Evans", own.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await owner.GetAsync($"/quality-mark/networks/{id}/attendance", follow: false)).Status);
        foreach (var email in new[] { TestWorld.OwnerA2, TestWorld.AdminB })
        {
            using var other = app.NewBrowser();
            await other.SignInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/quality-mark/networks/{id}", follow: false)).Status);
            Assert.DoesNotContain("Autumn network", (await other.GetAsync("/quality-mark/networks")).Text, StringComparison.Ordinal);
        }

        var attendance = await coordinator.GetAsync($"/quality-mark/networks/{id}/attendance");
        var ownerBox = attendance.Document.QuerySelectorAll("input[name='Present']").Single(i => i.GetAttribute("value")!.EndsWith(app.World.UserIds[TestWorld.OwnerA1].ToString(), StringComparison.Ordinal));
        var saved = await coordinator.SubmitAsync(attendance, Fields(("Present", ownerBox.GetAttribute("value")!), ("Notes", "Two case studies shared.")));
        Assert.Equal("The attendance is recorded", saved.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Contains("Two case studies shared.", saved.Document.Body!.TextContent, StringComparison.Ordinal);

        var stale = await coordinator.SubmitAsync(attendance, Fields(("Notes", "Nobody came.")));
        Assert.Contains("Someone else changed this meeting's attendance after you opened the page. Check it as it is now and save again", stale.ErrorMessages);
        var meeting = await app.WithDbAsync((db, _) => db.NetworkMeetings.IgnoreQueryFilters().Include(m => m.Attendance).AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(("Two case studies shared.", 1), (meeting.Notes, meeting.Attendance.Count));
        // Refused, the form shows the attendance as it is now, so saving it again overwrites nothing unseen.
        Assert.Equal("Two case studies shared.", stale.Document.QuerySelector("textarea[name='Notes']")!.TextContent.Trim());
        Assert.True(stale.Document.QuerySelectorAll("input[name='Present']").Single(i => i.GetAttribute("value") == ownerBox.GetAttribute("value")).HasAttribute("checked"));

        // Someone recorded by name, without an account, stays on the list, ticked, and a save of the notes keeps them.
        await app.WithDbAsync(async (db, _) =>
        {
            var recorded = await db.NetworkMeetings.IgnoreQueryFilters().Include(m => m.Invitations).Include(m => m.Attendance).SingleAsync(m => m.Id == id);
            var invitation = recorded.Invitations.First(i => i.SettingId == app.World.SettingA1Id);
            recorded.RecordAttendance([.. recorded.Attendance.Select(a => new Attendee(a.InvitationId, a.UserId, a.Name)), new Attendee(invitation.Id, null, "Pat Visitor")],
                recorded.Notes, "Nadia Brooks", DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });
        var again = await coordinator.GetAsync($"/quality-mark/networks/{id}/attendance");
        Assert.True(again.Document.QuerySelectorAll("input[name='Present']").Single(i => i.GetAttribute("value")!.EndsWith(":Pat Visitor", StringComparison.Ordinal)).HasAttribute("checked"));
        await coordinator.SubmitAsync(again, Fields(("Notes", "Two case studies shared; Pat came from the library.")));
        meeting = await app.WithDbAsync((db, _) => db.NetworkMeetings.IgnoreQueryFilters().Include(m => m.Attendance).AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(["Olu Owner", "Pat Visitor"], meeting.Attendance.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.True(await app.WithDbAsync((db, _) => db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.EntityType == nameof(NetworkAttendance))));

        var list = await owner.GetAsync("/quality-mark/networks");
        Assert.Contains("Olu Owner", list.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanningWithoutTheDetails_OrForADayPast_IsRefusedWithEachFieldNamed()
    {
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var form = await coordinator.GetAsync("/quality-mark/networks/new");
        var refused = await coordinator.SubmitAsync(form, Fields(("Title", ""), ("Date.Day", "22"), ("Date.Month", "11"), ("Date.Year", "2026"), ("Time", "noonish"), ("Place", "")));
        Assert.Contains("Enter a title for the meeting", refused.ErrorMessages);
        Assert.Contains("The date must be today or in the future", refused.ErrorMessages);
        Assert.Contains("Enter the start time like 10am or 14:30", refused.ErrorMessages);
        Assert.Contains("Enter the address, or the link for an online meeting", refused.ErrorMessages);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.NetworkMeetings.IgnoreQueryFilters().CountAsync(m => m.TenantId == app.World.TenantAId && m.Title == "")));

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.NotEqual(HttpStatusCode.OK, (await owner.GetAsync("/quality-mark/networks/new", follow: false)).Status);
    }
}

public sealed class NetworkMeetingPagesTestsOnSqlite(SqliteFixture app) : NetworkMeetingPagesTests<SqliteFixture>(app);

public sealed class NetworkMeetingPagesTestsOnPostgres(PostgresFixture app) : NetworkMeetingPagesTests<PostgresFixture>(app);
