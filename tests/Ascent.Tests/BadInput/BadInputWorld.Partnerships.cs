using System.Globalization;
using Ascent.Tests.Pages.Partnerships;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// Partnerships and members: the kinds, a new partnership, a locality made one, its details, its members added by
/// hand and from a file (with binary noise among the bad files), a member changed and removed; as LA A's administrator.
public sealed partial class BadInputWorld
{
    private static string[] PartnershipPages =>
    [
        "/partnerships/kinds", "/partnerships/kinds/{id:int}", "/partnerships/new", "/partnerships/localities", "/partnerships/{id:int}/edit",
        "/partnerships/{id:int}/members/settings", "/partnerships/{id:int}/members/partner", "/partnerships/{id:int}/members/upload",
        "/partnerships/{id:int}/members/{memberId:int}",
    ];

    private static bool IsMemberUpload(string action) =>
        action.StartsWith("/partnerships/", StringComparison.Ordinal) && action.EndsWith("/members/upload", StringComparison.Ordinal);

    private static async Task<List<Target>> PartnershipTargetsAsync(AscentFixture app)
    {
        var id = await PartnershipWorld.MakeAsync(app, "Bad input cluster", [app.World.SettingA1Id], partner: true);
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == app.World.SettingA2Id);
            setting.ChangeGroupings(setting.District, setting.Ward, "Bad input locality");
            return await db.SaveChangesAsync();
        });
        var (memberId, kindId) = await app.WithDbAsync(async (db, _) => (
            await db.PartnershipMembers.Where(m => m.PartnershipId == id && m.SettingId != null).Select(m => m.Id).FirstAsync(),
            await db.PartnershipKinds.Where(k => k.TenantId == app.World.TenantAId && k.Name == "Reference group").Select(k => k.Id).FirstAsync()));
        string I(int n) => n.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(TestWorld.AdminA, "/partnerships/kinds"), new(TestWorld.AdminA, $"/partnerships/kinds/{I(kindId)}"), new(TestWorld.AdminA, "/partnerships/new"),
            new(TestWorld.AdminA, $"/partnerships/{I(id)}/edit"), new(TestWorld.AdminA, $"/partnerships/{I(id)}/members/settings?Query=Bramble"),
            new(TestWorld.AdminA, $"/partnerships/{I(id)}/members/partner"), new(TestWorld.AdminA, $"/partnerships/{I(id)}/members/upload"),
            new(TestWorld.AdminA, "/partnerships/localities"), new(TestWorld.AdminA, $"/partnerships/{I(id)}/members/{I(memberId)}"),
        ];
    }
}
