using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Audit;

public abstract class AuditTrailTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ChangingSomeonesRoles_IsRecordedWithWhoWhenAndBeforeAndAfter()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var adviser = app.World.UserIds[TestWorld.AdviserA];
        var details = await admin.GetAsync($"/people/{adviser}");
        await admin.SubmitAsync(details, new Dictionary<string, string> { ["SelectedRoles"] = Roles.SeniorImprovementAdviser }, formSelector: "form[action*='handler=Roles']");

        var entries = await app.WithDbAsync((db, _) => db.AuditEntries
            .Where(a => a.ActorName == "Ada Admin" && a.EntityType.StartsWith("IdentityUserRole"))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(entries, e => e.Action == "Created" && e.NewValues!.Contains(adviser.ToString(), StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "Deleted" && e.OldValues!.Contains(adviser.ToString(), StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(app.World.TenantAId, e.TenantId));

        var list = await admin.GetAsync("/audit?Actor=Ada");
        Assert.Contains("IdentityUserRole", list.Text, StringComparison.Ordinal);
        // What changed, in words rather than class and property names.
        Assert.Contains("Identity user role", list.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var entry = await admin.GetAsync($"/audit/{entries[0].Id}");
        Assert.Contains("Ada Admin", entry.Text, StringComparison.Ordinal);
        Assert.Matches("^(Created|Deleted): Identity user role ", entry.Heading);
        Assert.Contains(entry.Document.QuerySelectorAll("tbody th"), th => th.TextContent.Trim() == "User id");
    }

    [Fact]
    public async Task Updates_RecordOnlyWhatChanged_AndNeverSecrets()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.PractitionerA1);
        var page = await owner.GetAsync("/account/password");
        await owner.SubmitAsync(page, new Dictionary<string, string> { ["CurrentPassword"] = TestWorld.Password, ["NewPassword"] = "another long passphrase" });

        var update = await app.WithDbAsync((db, _) => db.AuditEntries
            .Where(a => a.EntityType == "AppUser" && a.Action == "Updated" && a.ActorName == "Pat Practitioner")
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("PasswordHash", update.NewValues, StringComparison.Ordinal);
        Assert.Contains("(redacted)", update.NewValues, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", update.NewValues + update.OldValues, StringComparison.Ordinal); // Identity's hash prefix
        Assert.DoesNotContain("DisplayName", update.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingStaff_CannotOpenTheAuditTrail()
    {
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var page = await owner.GetAsync("/audit", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("/account/access-denied", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEntries_CannotBeChangedThroughTheApplication()
    {
        var entry = await app.WithDbAsync((db, _) => db.AuditEntries.Where(a => a.TenantId == app.World.TenantAId).OrderBy(a => a.Id).FirstAsync());
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync($"/audit/{entry.Id}");
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var method in new[] { "", "?handler=Delete", "?handler=Edit" })
        {
            var post = await admin.PostAsync($"/audit/{entry.Id}{method}", [new("__RequestVerificationToken", token), new("NewValues", "{}")], follow: false);
            Assert.NotEqual(HttpStatusCode.OK, post.Status);
        }

        var after = await app.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(a => a.Id == entry.Id));
        Assert.Equal(entry.NewValues, after.NewValues);
    }

    [Fact]
    public async Task Filter_WithAnImpossibleDate_ShowsAnError()
    {
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync("/audit?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Equal(["From must be a real date, like 27 3 2026"], page.ErrorMessages);
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteFixture app) : AuditTrailTests<SqliteFixture>(app);

public sealed class AuditTrailTestsOnPostgres(PostgresFixture app) : AuditTrailTests<PostgresFixture>(app);
