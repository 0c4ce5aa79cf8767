using Ascent.Tests.Support;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Partnerships;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Partnerships;

/// Partnerships made behind the pages' backs for the tests: LA A's, of the kind "Cluster", with the settings given
/// and, when asked, a partner with a named contact.
public static class PartnershipWorld
{
    public const string PartnerName = "Hill Top Primary School";
    public const string PartnerEmail = "head@hilltop.test";

    public static Task<int> MakeAsync(AscentFixture app, string name, int[] settingIds, bool partner = false, string? locality = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var kinds = await services.GetRequiredService<PartnershipKinds>().ForTenantAsync(app.World.TenantAId);
            var partnership = new Partnership(app.World.TenantAId, kinds.First(k => k.Name == "Cluster").Id, name, locality, "Test", AscentFixture.Start);
            foreach (var id in settingIds)
                partnership.AddSetting(id, db.Settings.First(s => s.Id == id).Name, MemberRole.Member, new MemberContact("Sam Member", "Manager", "sam@member.test", null), new DateOnly(2026, 9, 1));
            if (partner)
                partnership.AddPartner(PartnerName, PartnerType.School, MemberRole.Host, new MemberContact("Helen Head", "Head teacher", PartnerEmail, "01234 567890"), new DateOnly(2026, 9, 1));
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            return partnership.Id;
        });

    /// A setting of LA A made for one test, with a URN of its own.
    public static Task<int> SettingAsync(AscentFixture app, string urn, string name, string? locality = null, int? tenantId = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var setting = new Setting(tenantId ?? app.World.TenantAId, urn, name, "Childcare on non-domestic premises", new DateOnly(2018, 1, 1)) { Postcode = "AS3 3CC" };
            setting.ChangeGroupings(null, null, locality);
            db.Settings.Add(setting);
            await db.SaveChangesAsync();
            return setting.Id;
        });
}
