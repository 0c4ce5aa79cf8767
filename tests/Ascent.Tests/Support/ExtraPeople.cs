using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Support;

/// People a test needs beyond the TestWorld's nine, added to the fixture's database on first use.
public static class ExtraPeople
{
    /// Adds a member of local authority A's staff with the given role and two-factor sign-in (once per fixture), and
    /// signs them in.
    public static async Task<Browser> SignInAsNewLaStaffAsync(this AscentFixture app, string email, string name, string role)
    {
        await app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is not null)
                return true;
            var user = new AppUser(email, name, app.World.TenantAId, null) { EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            await users.ResetAuthenticatorKeyAsync(user);
            app.World.AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
            return true;
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(email);
        return browser;
    }
}
