using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.Partnerships.Meetings;

/// The LA invites a partnership's members to a meeting (an e-mail with its .ics to the member setting's owner and to
/// the partner's contact), a meeting in the past cannot be invited, and a second save of the attendance from an older
/// form is refused with what is recorded now; a member setting sees who was present but not another's apologies.
public abstract class MeetingPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Invitations_CarryACalendarFile_APastMeetingIsNotInvited_AndAStaleAttendanceIsRefused()
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var (_, ids) = await PartnershipMeetingSeed.CreateAsync(app, today, today.AddDays(-3));
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);

        var meeting = await admin.GetAsync($"/meetings/{ids[0]}");
        var sent = await admin.SubmitAsync(meeting, formSelector: "form[action*='handler=Invite']");
        Assert.Matches("^The invitations are sent to [2-9] people$", sent.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim() ?? "");
        var mail = await app.Smtp.WaitForMessageToAsync(TestWorld.OwnerA1, TimeSpan.FromSeconds(30));
        Assert.StartsWith("Invitation: Termly network meeting", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(mail.Attachments, a => a.ContentType.MimeType == "text/calendar");
        var partner = await app.Smtp.WaitForMessageToAsync("sam@riverside.test", TimeSpan.FromSeconds(30));
        Assert.Contains(partner.Attachments, a => a.ContentType.MimeType == "text/calendar");

        // A past meeting offers no button, and a request made anyway is refused with the reason, nothing sent.
        var past = await admin.GetAsync($"/meetings/{ids[1]}");
        Assert.Null(past.Document.QuerySelector("form[action*='handler=Invite']"));
        var version = await app.WithDbAsync((db, _) => db.Meetings.IgnoreQueryFilters().Where(m => m.Id == ids[1]).Select(m => m.Version).SingleAsync());
        var token = past.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var refused = await admin.PostAsync($"/meetings/{ids[1]}?handler=Invite", Fields(("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", token)));
        Assert.Contains("A meeting in the past cannot be invited", refused.ErrorMessages);
        Assert.Null(await app.WithDbAsync((db, _) => db.Meetings.IgnoreQueryFilters().Where(m => m.Id == ids[1]).Select(m => m.InvitedAt).SingleAsync()));

        // Two people open the attendance; the second to save is refused and shown what the first recorded.
        var first = await admin.GetAsync($"/meetings/{ids[0]}/attendance");
        var second = await admin.GetAsync($"/meetings/{ids[0]}/attendance");
        var members = first.Document.QuerySelectorAll("input[type='radio'][value='Present']").Select(i => i.GetAttribute("name")!).ToList();
        Assert.Equal(2, members.Count);
        var saved = await admin.SubmitAsync(first, Fields((members[0], "Present"), (members[1], "Apologies")));
        Assert.Equal("The attendance is recorded", saved.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        var stale = await admin.SubmitAsync(second, Fields((members[0], "Absent"), (members[1], "Absent")));
        Assert.Contains(PartnershipMeetingsStale, stale.ErrorMessages);
        Assert.True(stale.Document.QuerySelector($"input[name='{members[1]}'][value='Apologies']")!.HasAttribute("checked"));
        var recorded = await app.WithDbAsync((db, _) => db.MeetingAttendance.IgnoreQueryFilters().Where(a => a.MeetingId == ids[0]).Select(a => a.Status).ToListAsync());
        Assert.Equal([AttendanceStatus.Present, AttendanceStatus.Apologies], recorded.Order());

        // The member setting reads who was present; the partner's apologies are the LA's and the partner's alone.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var read = await owner.GetAsync($"/meetings/{ids[0]}");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        var text = read.Document.Body!.TextContent;
        Assert.Contains("Acorn Day Nursery", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Riverside Primary School", text, StringComparison.Ordinal);
        Assert.Contains("Riverside Primary School", saved.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    private const string PartnershipMeetingsStale = Ascent.Web.Services.Partnerships.PartnershipMeetings.Stale;
}

public sealed class MeetingPagesTestsOnSqlite(SqliteFixture app) : MeetingPagesTests<SqliteFixture>(app);

public sealed class MeetingPagesTestsOnPostgres(PostgresFixture app) : MeetingPagesTests<PostgresFixture>(app);
