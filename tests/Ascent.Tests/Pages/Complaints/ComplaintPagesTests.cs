using System.Globalization;
using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.Complaints;

/// A setting's owner records a complaint about an officer: it reaches the team's named manager (a notification and an
/// e-mail), the officer cannot find it until the manager shares it, a stale form is refused, and answered within its
/// deadline it shows as on time. A practitioner cannot record one; the report counts a quarter's volumes and times.
public abstract class ComplaintPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AComplaint_ReachesTheNamedManager_IsHiddenFromTheOfficerUntilShared_AndIsAnsweredOnTime()
    {
        var teamId = await ComplaintSeed.TeamAsync(app);
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var adviser = app.World.UserIds[TestWorld.AdviserA];
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var form = await owner.GetAsync("/complaints/new");
        var recorded = await owner.SubmitAsync(form, Fields(
            ("Kind", "Complaint"), ("About", "Officer"), ("Officer", adviser.ToString()), ("Team", I(teamId)),
            ("HappenedOn.Day", I(today.Day)), ("HappenedOn.Month", I(today.Month)), ("HappenedOn.Year", I(today.Year)),
            ("WhatHappened", "The adviser did not come to the visit and nobody told us.")));
        Assert.Empty(recorded.ErrorMessages);
        var id = await app.WithDbAsync((db, _) => db.Complaints.IgnoreQueryFilters().Where(c => c.OfficerId == adviser && c.TenantId == app.World.TenantAId)
            .OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        var manager = app.World.UserIds[TestWorld.SeniorA];
        Assert.True(await app.WithDbAsync((db, _) => db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.UserId == manager && n.Link == $"/complaints/{id}")));
        Assert.True(await app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().AnyAsync(m => m.Recipients.Contains(TestWorld.SeniorA) && m.Subject.StartsWith("Complaint for"))));

        // The officer finds it neither by id nor in the register until it is shared.
        using var officer = app.NewBrowser();
        await officer.SignInAsync(TestWorld.AdviserA);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/complaints/{id}", follow: false)).Status);
        Assert.Null((await officer.GetAsync("/complaints")).Document.QuerySelector($"a[href='/complaints/{id}']"));

        // The manager acknowledges it; a second form opened before that is refused.
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var page = await senior.GetAsync($"/complaints/{id}");
        var older = await senior.GetAsync($"/complaints/{id}");
        var acknowledged = await senior.SubmitAsync(page, formSelector: "form[action*='handler=Acknowledge']");
        Assert.Empty(acknowledged.ErrorMessages);
        var stale = await senior.SubmitAsync(older, formSelector: "form[action*='handler=Acknowledge']");
        Assert.Contains(Ascent.Web.Services.Complaints.ComplaintWork.Stale, stale.ErrorMessages);
        var answered = await senior.SubmitAsync(acknowledged, Fields(("AnswerText", "We are sorry: the visit should have been moved with notice."), ("Outcome", "PartlyUpheld")),
            formSelector: "form[action*='handler=Answer']");
        Assert.Empty(answered.ErrorMessages);
        Assert.True(await app.WithDbAsync((db, _) => db.OutboxMessages.IgnoreQueryFilters().AnyAsync(m => m.Recipients.Contains(TestWorld.OwnerA1) && m.Subject == "The answer to your complaint")));
        var shared = await senior.SubmitAsync(answered, formSelector: "form[action*='handler=Share']");
        Assert.Empty(shared.ErrorMessages);

        var register = await senior.GetAsync("/complaints?Kind=Complaint");
        var row = register.Document.QuerySelector($"a[href='/complaints/{id}']")!.Closest("tr")!;
        Assert.Contains("On time", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/complaints/{id}", follow: false)).Status);
    }

    [Fact]
    public async Task APractitioner_CannotRecordOne_NorSeeTheSettingsComplaints()
    {
        var id = await ComplaintSeed.ComplaintAsync(app, new DateOnly(2026, 11, 16), service: "Training");
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);

        var form = await practitioner.GetAsync("/complaints/new", follow: false);
        Assert.Equal(HttpStatusCode.Found, form.Status);
        Assert.Contains("/account/access-denied", form.Location, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await practitioner.GetAsync($"/complaints/{id}", follow: false)).Status);
    }

    [Fact]
    public async Task TheReport_CountsAQuartersVolumes_AndResponseTimes()
    {
        // 2025's first quarter: two complaints and a compliment; one answered in 5 working days, one in 25 (late).
        var received = new DateOnly(2025, 1, 6);
        await ComplaintSeed.ComplaintAsync(app, received, service: "Visits", then: c =>
        {
            c.Acknowledge(received.AddDays(1), received.AddDays(1), "Sam");
            c.Answer(received.AddDays(7), received.AddDays(7), "Sorry.", ComplaintOutcome.Upheld, "Visits and appointments", "Sam");
        });
        await ComplaintSeed.ComplaintAsync(app, received, service: "Training", then: c =>
        {
            c.Acknowledge(received.AddDays(7), received.AddDays(7), "Sam");
            c.Answer(received.AddDays(35), received.AddDays(35), "No.", ComplaintOutcome.NotUpheld, null, "Sam");
        });
        await ComplaintSeed.ComplaintAsync(app, received.AddDays(30), kind: ComplaintKind.Compliment);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);

        var report = await admin.GetAsync("/complaints/report?year=2025");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        var csv = await admin.GetAsync("/complaints/report?handler=Csv&year=2025");
        var first = csv.Text.Split("\r\n").Single(l => l.StartsWith("2025,Q1,\"All teams\"", StringComparison.Ordinal));
        // Compliments, complaints; acknowledged: median 3 (1 and 5), longest 5, 1 of 2 within 3 days; answered: median 15 (5 and 25), longest 25, 1 of 2 within 20.
        Assert.Equal("2025,Q1,\"All teams\",1,2,3,5,1,2,15,25,1,2", first);
        Assert.Contains("Visits and appointments (1)", report.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}

public sealed class ComplaintPagesTestsOnSqlite(SqliteFixture app) : ComplaintPagesTests<SqliteFixture>(app);

public sealed class ComplaintPagesTestsOnPostgres(PostgresFixture app) : ComplaintPagesTests<PostgresFixture>(app);
