using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenant isolation of audits: another LA's adviser and another setting's owner find none of setting A1's.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task Audits_AreFoundOnlyByTheirLocalAuthorityAndSetting()
    {
        var (auditId, sheetId) = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var instrument = services.GetRequiredService<InstrumentCatalogue>().Get("ecers-3");
            var audit = new Audit(setting, null, instrument, AuditMode.ItemScores, new DateOnly(2026, 11, 20), "Test", app.Time.GetUtcNow());
            var sheet = audit.AddSheet(SheetKind.Observer, app.World.UserIds[TestWorld.AdviserA], "Test");
            audit.AddSheet(SheetKind.Observer, app.World.UserIds[TestWorld.SeniorA], "Test");
            audit.AddSheet(SheetKind.Agreed, null, "Agreed");
            db.Audits.Add(audit);
            await db.SaveChangesAsync();
            return (audit.Id, sheet.Id);
        });
        string[] pages = [$"/audits/{auditId}", $"/audits/{auditId}/sheets/{sheetId}", $"/audits/{auditId}/compare", $"/audits/{auditId}/agree", $"/audits/{auditId}/amend", $"/settings/{app.World.SettingA1Id}/audits/new"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages.Where(p => !p.EndsWith("/amend", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);

        using var otherLa = app.NewBrowser();
        await SignInAsBrightwaterAdviserAsync(otherLa);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(page)).Status);

        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(page)).Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.AuditAnswers.CountAsync(a => a.SheetId == sheetId)));
    }

    /// An adviser of LA B, who may record audits, so only tenancy stands between them and LA A's.
    private async Task SignInAsBrightwaterAdviserAsync(Browser browser)
    {
        const string email = "adviser@brightwater.test";
        await app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is not null)
                return true;
            var user = new AppUser(email, "Bo Brightwater", app.World.TenantBId, null) { EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.ImprovementAdviser)).Succeeded);
            await users.ResetAuthenticatorKeyAsync(user);
            app.World.AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
            return true;
        });
        await browser.SignInAsync(email);
    }
}
