using Ascent.Web.Domain.Partnerships;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Support;

/// A partnership of LA A with setting A1 as a member (not A2), and meetings of it on the days asked for.
public static class PartnershipMeetingSeed
{
    public static Task<(int PartnershipId, int[] MeetingIds)> CreateAsync(AscentFixture app, params DateOnly[] dates) =>
        app.WithDbAsync(async (db, services) =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..8];
            // The LA's kinds as Ascent makes them, so other tests in the same fixture find the defaults too.
            var kinds = await services.GetRequiredService<Ascent.Web.Services.Partnerships.PartnershipKinds>().ForTenantAsync(app.World.TenantAId);
            var kind = kinds.First(k => k.Name == "EYFS network");
            var start = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);
            var partnership = new Partnership(app.World.TenantAId, kind.Id, "Riverside network " + suffix, null, "Ada Admin", AscentFixture.Start);
            partnership.AddSetting(app.World.SettingA1Id, "Acorn Day Nursery", MemberRole.Lead, MemberContact.None, start);
            partnership.AddPartner("Riverside Primary School", PartnerType.School, MemberRole.Member, new MemberContact("Sam Head", "Head teacher", "sam@riverside.test", null), start);
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            var series = new MeetingSeries(partnership, "Termly network meeting", MeetingFrequency.Termly, "Ada Admin", AscentFixture.Start);
            db.MeetingSeries.Add(series);
            await db.SaveChangesAsync();
            var meetings = dates.Select(d => Meeting.Plan(series, new MeetingTimes(d, new TimeOnly(10, 0), new TimeOnly(12, 0)), MeetingPlace.InPerson("The hall", null), "Ada Admin")).ToList();
            db.Meetings.AddRange(meetings);
            await db.SaveChangesAsync();
            return (partnership.Id, meetings.Select(m => m.Id).ToArray());
        });
}
