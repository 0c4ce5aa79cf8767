using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Account.SignIn;

/// Guessing passwords: the page must not say which addresses have accounts, must slow a guesser down more with
/// each failure, and must not let a guesser lock a person out from one client. These tests move the clock, so
/// they have a fixture of their own.
public abstract class SignInThrottleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string WrongPassword = "not the password at all";
    private const string Generic = "Enter a correct email address and password";

    [Fact]
    public async Task WrongPasswords_ForAnAccountAndForNoAccount_AreAnsweredAlike()
    {
        using var browser = FromClient("198.51.100.70");
        async Task<List<string>> AnswersAsync(string email)
        {
            var answers = new List<string>();
            for (var i = 0; i < 4; i++)
                answers.AddRange((await browser.SignInAsync(email, WrongPassword)).ErrorMessages);
            return answers;
        }

        var known = await AnswersAsync(TestWorld.AdviserA);
        var unknown = await AnswersAsync("nobody.here@ashdown.test");
        Assert.Equal([Generic, Generic, Generic, "You have tried to sign in too many times: wait 1 minute and try again, or reset your password"], known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task AGuesser_WaitsLongerAfterEachFailure_ButCannotLockThePersonOut()
    {
        using var guesser = FromClient("198.51.100.71");
        for (var i = 0; i < 3; i++)
            Assert.Equal([Generic], (await guesser.SignInAsync(TestWorld.OwnerA2, WrongPassword)).ErrorMessages);
        // Refused before the password is checked, so even the right one waits.
        Assert.Equal(["You have tried to sign in too many times: wait 1 minute and try again, or reset your password"],
            (await guesser.SignInAsync(TestWorld.OwnerA2)).ErrorMessages);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([Generic], (await guesser.SignInAsync(TestWorld.OwnerA2, WrongPassword)).ErrorMessages);
        Assert.Equal(["You have tried to sign in too many times: wait 2 minutes and try again, or reset your password"],
            (await guesser.SignInAsync(TestWorld.OwnerA2, WrongPassword)).ErrorMessages);
        app.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal([Generic], (await guesser.SignInAsync(TestWorld.OwnerA2, WrongPassword)).ErrorMessages);
        Assert.Equal(["You have tried to sign in too many times: wait 4 minutes and try again, or reset your password"],
            (await guesser.SignInAsync(TestWorld.OwnerA2, WrongPassword)).ErrorMessages);

        // Only a client's first five failures count towards the lockout, however long it keeps going.
        app.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal([Generic], (await guesser.SignInAsync(TestWorld.OwnerA2, WrongPassword)).ErrorMessages);
        Assert.Equal(SignInThrottle.CountedFailures, await app.WithDbAsync(async (db, _) => (await db.Users.SingleAsync(u => u.Email == TestWorld.OwnerA2)).AccessFailedCount));

        using var owner = FromClient("203.0.113.71");
        Assert.Equal("/", (await owner.SignInAsync(TestWorld.OwnerA2)).Url);
        var lockedUntil = await app.WithDbAsync(async (db, _) => (await db.Users.SingleAsync(u => u.Email == TestWorld.OwnerA2)).LockoutEnd);
        Assert.Null(lockedUntil);
    }

    [Fact]
    public async Task ManyFailuresFromManyClients_LockTheAccount_WithoutSayingSo()
    {
        // As if 49 clients had each failed once: the backstop against guessing spread over many addresses.
        await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(TestWorld.PractitionerA1))!;
            for (var i = 1; i < Ascent.Web.Infrastructure.Security.IdentityServices.MaxFailedSignIns; i++)
                await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user);
        });
        using var fiftieth = FromClient("198.51.100.72");
        Assert.Equal([Generic], (await fiftieth.SignInAsync(TestWorld.PractitionerA1, WrongPassword)).ErrorMessages);
        Assert.True(await app.WithDbAsync(async (db, _) => (await db.Users.SingleAsync(u => u.Email == TestWorld.PractitionerA1)).LockoutEnd > app.Time.GetUtcNow()));

        // Locked, the right password reads exactly like a wrong one or an unknown address.
        using var practitioner = FromClient("203.0.113.72");
        Assert.Equal([Generic], (await practitioner.SignInAsync(TestWorld.PractitionerA1)).ErrorMessages);
    }

    private Browser FromClient(string address)
    {
        var browser = app.NewBrowser();
        browser.Client.DefaultRequestHeaders.Add(PeerAddress.Header, address);
        return browser;
    }
}

public sealed class ThrottleSqliteFixture : SqliteFixture;

public sealed class ThrottlePostgresFixture : PostgresFixture;

public sealed class SignInThrottleTestsOnSqlite(ThrottleSqliteFixture app) : SignInThrottleTests<ThrottleSqliteFixture>(app);

public sealed class SignInThrottleTestsOnPostgres(ThrottlePostgresFixture app) : SignInThrottleTests<ThrottlePostgresFixture>(app);
