using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.QualityMark.Accreditations;

/// A setting applies (seeing Ascent's check of the entry criteria first), and the coordinator accepts or declines.
public abstract class ApplicationsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ASetting_SeesTheCriteriaWithReasons_Applies_AndCannotApplyTwice()
    {
        var cohortId = await app.CohortAsync("Apply 2027");
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var home = await owner.GetAsync("/quality-mark");
        Assert.NotNull(home.Document.QuerySelector($"main a[href='/quality-mark/cohorts/{cohortId}/apply']"));
        // The setting's page has its quality-mark line (its current accreditation, or this cohort to apply to).
        Assert.NotNull((await owner.GetAsync($"/settings/{app.World.SettingA1Id}")).Document.QuerySelector("#quality-mark a"));

        var form = await owner.GetAsync($"/quality-mark/cohorts/{cohortId}/apply");
        var criteria = form.Document.QuerySelector("main .govuk-summary-list")!.TextContent;
        Assert.Contains("A finished self-evaluation in the last 12 months", criteria, StringComparison.Ordinal);
        Assert.Contains("No finished self-evaluation.", criteria, StringComparison.Ordinal);
        Assert.Contains("No current improvement plan.", criteria, StringComparison.Ordinal);
        Assert.Contains("For the coordinator to judge from the application.", criteria, StringComparison.Ordinal);

        var empty = await owner.SubmitAsync(form, new Dictionary<string, string> { ["Statement"] = " " });
        Assert.Contains("Enter why your setting applies and how it reflects on its practice", empty.ErrorMessages);
        var applied = await owner.SubmitAsync(empty, new Dictionary<string, string> { ["Statement"] = "We reflect on every week's observations together." });
        Assert.Contains("Application sent to the coordinator of Apply 2027", applied.Text, StringComparison.Ordinal);
        Assert.Contains("We reflect on every week's observations together.", applied.Document.Body!.TextContent, StringComparison.Ordinal);

        var again = await owner.GetAsync($"/quality-mark/cohorts/{cohortId}/apply");
        Assert.Contains("A setting applies once to each cohort.", again.Text, StringComparison.Ordinal);
        Assert.Null(again.Document.QuerySelector("main form"));
        var token = again.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await owner.GetAsync("/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await owner.PostAsync($"/quality-mark/cohorts/{cohortId}/apply", [new("__RequestVerificationToken", token), new("Statement", "Again")]);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Accreditations.IgnoreQueryFilters().CountAsync(a => a.CohortId == cohortId)));
    }

    [Fact]
    public async Task AnApplicationOutsideTheWindow_IsRefusedWithAClearMessage()
    {
        var closed = await app.CohortAsync("Closed 2027", opensInDays: -40, closesInDays: -10);
        var later = await app.CohortAsync("Later 2027", opensInDays: 10, closesInDays: 40);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("Applications to Closed 2027 closed on 13 November 2026.", (await owner.GetAsync($"/quality-mark/cohorts/{closed}/apply")).Text, StringComparison.Ordinal);
        Assert.Contains("Applications to Later 2027 open on 3 December 2026.", (await owner.GetAsync($"/quality-mark/cohorts/{later}/apply")).Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Accreditations.IgnoreQueryFilters().CountAsync(a => a.CohortId == closed || a.CohortId == later)));
    }

    [Fact]
    public async Task TheCoordinator_AcceptsWithAReasonForACriterionNotMet_TheCriteriaAreKept_AndTheSettingIsTold()
    {
        var id = await app.ApplicationAsync(await app.CohortAsync("Accept 2027"), app.World.SettingA1Id);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.GetAsync($"/quality-mark/accreditations/{id}");
        Assert.Contains("As Ascent checks them today", page.Text, StringComparison.Ordinal);

        var noReason = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Decision"] = "accept", ["Note"] = "" });
        Assert.Contains(noReason.ErrorMessages, m => m.StartsWith("Enter why you accept the setting although", StringComparison.Ordinal) && m.EndsWith("not met", StringComparison.Ordinal));
        var accepted = await coordinator.SubmitAsync(noReason, new Dictionary<string, string> { ["Decision"] = "accept", ["Note"] = "Its plan is being written with us; strong reflection." });
        Assert.Contains("accepted into Accept 2027", accepted.Text, StringComparison.Ordinal);
        Assert.Contains("As Ascent checked them when the coordinator decided", accepted.Text, StringComparison.Ordinal);

        var accreditation = await app.AccreditationAsync(id);
        Assert.Equal(AccreditationStatus.InProgress, accreditation.Status);
        Assert.Equal("Its plan is being written with us; strong reflection.", accreditation.EntryNote);
        var kept = await app.WithDbAsync((db, _) => db.EntryCriterionRecords.IgnoreQueryFilters().Where(r => r.AccreditationId == id).OrderBy(r => r.Position).ToListAsync());
        Assert.Equal(5, kept.Count);
        Assert.Equal("No finished self-evaluation.", kept[1].Reason);
        Assert.Equal(CriterionOutcome.NotMet, kept[1].Outcome);
        Assert.Equal(CriterionOutcome.ForCoordinator, kept[4].Outcome);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var own = await owner.GetAsync($"/quality-mark/accreditations/{id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Null(own.Document.QuerySelector("main form"));
        Assert.Contains("Its plan is being written with us; strong reflection.", own.Text, StringComparison.Ordinal);
        Assert.Contains("has been accepted into Accept 2027", (await owner.GetAsync("/notifications")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCoordinator_DeclinesWithAReason_AndTheSettingIsTold()
    {
        var id = await app.ApplicationAsync(await app.CohortAsync("Decline 2027"), app.World.SettingA1Id);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.GetAsync($"/quality-mark/accreditations/{id}");
        var noReason = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Decision"] = "decline" });
        Assert.Contains("Enter why the application is not accepted", noReason.ErrorMessages);
        var declined = await coordinator.SubmitAsync(noReason, new Dictionary<string, string> { ["Decision"] = "decline", ["Note"] = "Apply again once the plan's goals are SMART." });
        Assert.Contains("application not accepted", declined.Text, StringComparison.Ordinal);
        Assert.Equal(AccreditationStatus.Declined, (await app.AccreditationAsync(id)).Status);

        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains("was not accepted: Apply again once the plan's goals are SMART.", (await owner.GetAsync("/notifications")).Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoCoordinatorsDecidingAtOnce_TheSecondIsToldTheFirstWon()
    {
        var id = await app.ApplicationAsync(await app.CohortAsync("Race 2027"), app.World.SettingA2Id);
        using var first = await app.SignInAsCoordinatorAsync();
        using var second = app.NewBrowser();
        await second.SignInAsync(QualityMarkWorld.Coordinator);
        var firstPage = await first.GetAsync($"/quality-mark/accreditations/{id}");
        var secondPage = await second.GetAsync($"/quality-mark/accreditations/{id}");

        await first.SubmitAsync(firstPage, new Dictionary<string, string> { ["Decision"] = "decline", ["Note"] = "Not this year." });
        var late = await second.SubmitAsync(secondPage, new Dictionary<string, string> { ["Decision"] = "accept", ["Note"] = "Strong statement." });
        Assert.Contains("Someone else decided this application while you were looking at it: their decision is shown below", late.ErrorMessages);
        var accreditation = await app.AccreditationAsync(id);
        Assert.Equal(AccreditationStatus.Declined, accreditation.Status);
        Assert.Equal("Not this year.", accreditation.EntryNote);
    }

    [Fact]
    public async Task AnotherSetting_AndAnotherLocalAuthority_SeeNothingOfAnApplication()
    {
        var id = await app.ApplicationAsync(await app.CohortAsync("Tenancy 2027"), app.World.SettingA1Id);
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync($"/quality-mark/accreditations/{id}")).Status);
        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync($"/quality-mark/accreditations/{id}")).Status);

        // A setting's practitioner reads its own, and may not decide it.
        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var own = await practitioner.GetAsync($"/quality-mark/accreditations/{id}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Null(own.Document.QuerySelector("main form"));
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await practitioner.PostAsync($"/quality-mark/accreditations/{id}", [new("__RequestVerificationToken", token), new("Decision", "accept"), new("Note", "Me")], follow: false);
        Assert.NotEqual(HttpStatusCode.OK, post.Status);
        Assert.Equal(AccreditationStatus.Applied, (await app.AccreditationAsync(id)).Status);
    }
}

public sealed class ApplicationsTestsOnSqlite(SqliteFixture app) : ApplicationsTests<SqliteFixture>(app);

public sealed class ApplicationsTestsOnPostgres(PostgresFixture app) : ApplicationsTests<PostgresFixture>(app);
