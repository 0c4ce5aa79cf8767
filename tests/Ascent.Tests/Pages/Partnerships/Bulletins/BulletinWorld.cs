using Ascent.Tests.Support;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Partnerships.Bulletins;

/// What the bulletin and question tests act on: a partnership of Ashdown with Acorn (A1) as its lead member and a
/// school as a partner with a named contact; a bulletin written straight into the database.
public static class BulletinWorld
{
    public const string PartnerEmail = "head@hilltop.test";

    public static Task<int> PartnershipAsync(AscentFixture app, string name) => app.WithDbAsync(async (db, services) =>
    {
        // The LA's kinds as Ascent makes them, so other tests in the same fixture find the defaults too.
        var kinds = await services.GetRequiredService<Ascent.Web.Services.Partnerships.PartnershipKinds>().ForTenantAsync(app.World.TenantAId);
        var kind = kinds.First(k => k.Name == "Cluster");

        var partnership = new Partnership(app.World.TenantAId, kind.Id, name, null, "Ada Admin", AscentFixture.Start);
        var today = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);
        partnership.AddSetting(app.World.SettingA1Id, "Acorn Day Nursery", MemberRole.Lead, MemberContact.None, today);
        partnership.AddPartner("Hilltop School", PartnerType.School, MemberRole.Member, new MemberContact("Hana Head", "Head teacher", PartnerEmail, null), today);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync();
        return partnership.Id;
    });

    public static Task<int> BulletinAsync(AscentFixture app, string title, bool sent, int? partnershipId = null) => app.WithDbAsync(async (db, _) =>
    {
        var target = partnershipId is { } id ? new BulletinTarget(BulletinAudience.Partnership, null, id, "Settings in the cluster") : BulletinTarget.All;
        var bulletin = new Bulletin(app.World.TenantAId, new BulletinText(title, "A summary.", "The text."), target, "Ada Admin", AscentFixture.Start);
        if (sent)
            bulletin.Send([(app.World.SettingA1Id, "Acorn Day Nursery")], 1, "Ada Admin", AscentFixture.Start);
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync();
        return bulletin.Id;
    });

    public static Task<int> QuestionAsync(AscentFixture app, int partnershipId, string text) => app.WithDbAsync(async (db, _) =>
    {
        var question = new NetworkQuestion(app.World.TenantAId, partnershipId, new NetworkAuthor(app.World.UserIds[TestWorld.OwnerA1], "Olu Owner", app.World.SettingA1Id, "Acorn Day Nursery"), text, AscentFixture.Start);
        db.NetworkQuestions.Add(question);
        await db.SaveChangesAsync();
        return question.Id;
    });
}
