using Ascent.Tests.Support;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.QualityMark;

/// The impact report's rows in the TestWorld: A1 (private) accredited on 1 July 2024 and standing, inspected again
/// after it (good to outstanding); A2 (maintained) accredited on 1 July 2024 and lapsed on 1 January 2025; B1, of the
/// other LA, accredited too. Added once per fixture.
public static class ImpactWorld
{
    public static readonly DateOnly Awarded = new(2024, 7, 1);
    public static readonly DateOnly Lapsed = new(2025, 1, 1);

    public static Task ArrangeAsync(AscentFixture app) => app.WithDbAsync(async (db, services) =>
    {
        if (await db.Accreditations.AnyAsync())
            return 0;
        var scheme = services.GetRequiredService<SchemeLibrary>().Shipped[0].Definition;
        var frameworks = services.GetRequiredService<FrameworkRegistry>();
        var settings = await db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).ToDictionaryAsync(s => s.Id);
        var a1 = settings[app.World.SettingA1Id];
        a1.Sector = "Private";
        var after = new Inspection(a1, "10000002", new DateOnly(2025, 3, 1), "Full inspection", "ofsted-eif-2019", "1");
        a1.Inspections.Add(after);
        a1.RefreshLatestInspection(frameworks);
        settings[app.World.SettingA2Id].Sector = "Maintained";
        settings[app.World.SettingB1Id].Sector = "Private";

        var references = 0;
        foreach (var (tenantId, settingIds) in new[] { (app.World.TenantAId, new[] { app.World.SettingA1Id, app.World.SettingA2Id }), (app.World.TenantBId, new[] { app.World.SettingB1Id }) })
        {
            var cohort = Cohort.Open(tenantId, scheme, "2023 to 2024", new DateOnly(2023, 9, 1), new DateOnly(2023, 5, 1), new DateOnly(2023, 7, 1), null, "Test", AscentFixture.Start);
            db.Cohorts.Add(cohort);
            foreach (var settingId in settingIds)
            {
                var accreditation = Accreditation.Apply(cohort, settingId, "We apply.", "Test", new DateOnly(2023, 6, 1));
                accreditation.Accept("Test", new DateOnly(2023, 7, 10), "");
                accreditation.Recommend(scheme.Levels[0].Code, "Met every requirement.", new DateOnly(2024, 6, 1));
                accreditation.Decide(scheme.Levels[0].Code, Awarded, CertificateReference.Format(scheme.Code, 2024, ++references));
                if (settingId == app.World.SettingA2Id)
                    accreditation.End(AccreditationStatus.Lapsed, Lapsed, "The annual review was not completed.");
                db.Accreditations.Add(accreditation);
            }
        }

        return await db.SaveChangesAsync();
    });
}
