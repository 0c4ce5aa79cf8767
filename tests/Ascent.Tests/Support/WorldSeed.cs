using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Support;

/// Puts the TestWorld into a new database through Ascent's own services, as the system, so it is audited like any
/// other change. TemplateDatabase does it once per provider per run; every fixture gets a copy.
internal static class WorldSeed
{
    public static async Task<TestWorld> SeedAsync(IServiceProvider host)
    {
        var world = new TestWorld();
        await using var scope = host.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().ActAsSystem("Test");
        var db = services.GetRequiredService<AppDbContext>();

        var a = new Tenant(TestWorld.TenantA, TenantKind.LocalAuthority, "England") { RegisterName = "Ashdown" };
        var b = new Tenant(TestWorld.TenantB, TenantKind.LocalAuthority, "England") { RegisterName = "Brightwater" };
        db.Tenants.AddRange(a, b);
        await db.SaveChangesAsync();
        var a1 = new Setting(a.Id, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 3, 1)) { Postcode = "AS1 1AA" };
        var a2 = new Setting(a.Id, "EY100002", "Bramble Pre-school", "Childcare on non-domestic premises", new DateOnly(2016, 4, 1)) { Postcode = "AS2 2BB" };
        var b1 = new Setting(b.Id, "EY200001", "Cedar Nursery", "Childcare on non-domestic premises", new DateOnly(2017, 5, 1)) { Postcode = "BR1 1CC" };
        a1.Inspections.Add(new Inspection(a1, "10000001", new DateOnly(2023, 6, 1), "Full inspection", "ofsted-eif-2019", "2"));
        b1.Inspections.Add(new Inspection(b1, "20000001", new DateOnly(2024, 2, 1), "Full inspection", "ofsted-eif-2019", "3"));
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        a1.RefreshLatestInspection(frameworks);
        b1.RefreshLatestInspection(frameworks);
        db.Settings.AddRange(a1, a2, b1);
        await db.SaveChangesAsync();
        (world.TenantAId, world.TenantBId, world.SettingA1Id, world.SettingA2Id, world.SettingB1Id) = (a.Id, b.Id, a1.Id, a2.Id, b1.Id);

        var users = services.GetRequiredService<UserManager<AppUser>>();
        async Task AddAsync(string email, string name, string role, int? tenant, int? setting, bool twoFactor)
        {
            var user = new AppUser(email, name, tenant, setting) { EmailConfirmed = true };
            Check(await users.CreateAsync(user, TestWorld.Password));
            Check(await users.AddToRoleAsync(user, role));
            world.UserIds[email] = user.Id;
            if (twoFactor)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                world.AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
        }

        await AddAsync(TestWorld.AdminA, "Ada Admin", Roles.LaAdministrator, a.Id, null, true);
        await AddAsync(TestWorld.AdviserA, "Ari Adviser", Roles.ImprovementAdviser, a.Id, null, true);
        await AddAsync(TestWorld.SeniorA, "Sol Senior", Roles.SeniorImprovementAdviser, a.Id, null, true);
        await AddAsync(TestWorld.AdviserWithoutTwoFactorA, "Nell Newcomer", Roles.ImprovementAdviser, a.Id, null, false);
        await AddAsync(TestWorld.OwnerA1, "Olu Owner", Roles.SettingOwner, a.Id, a1.Id, false);
        await AddAsync(TestWorld.PractitionerA1, "Pat Practitioner", Roles.Practitioner, a.Id, a1.Id, false);
        await AddAsync(TestWorld.OwnerA2, "Oona Owner", Roles.SettingOwner, a.Id, a2.Id, false);
        await AddAsync(TestWorld.AdminB, "Bea Admin", Roles.LaAdministrator, b.Id, null, true);
        await AddAsync(TestWorld.SystemAdmin, "Sid Sysadmin", Roles.SystemAdministrator, null, null, true);
        return world;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
