using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's buddying (docs/partnerships.md, "Buddying"): one active pairing, a Northfield setting recently judged to
/// need attention supported by a good setting of its own locality, with a visit held and its shared note, and the next
/// one planned. Little Acorns and the other settings needing support are left unpaired, so a new user pairs one.
public static class DemoBuddying
{
    public static async Task SeedAsync(AppDbContext db, int tenantId, int demoSettingId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var supported = await db.Settings.Where(s => s.TenantId == tenantId && s.Id != demoSettingId && s.StandingCode == "needs-attention" && s.LeftRegisterOn == null)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Name, s.LocalityPartnership }).FirstOrDefaultAsync(cancellationToken);
        if (supported is null)
            return;
        var inSupport = db.Cases.Where(c => c.TenantId == tenantId && c.Status == CaseStatus.Open).Select(c => c.SettingId);
        var lead = await db.Settings.Where(s => s.TenantId == tenantId && s.Id != demoSettingId && s.LocalityPartnership == supported.LocalityPartnership
                && s.StandingCode == "good-or-better" && s.ProviderType != "Childminder" && s.LeftRegisterOn == null && !inSupport.Contains(s.Id))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (lead is null)
            return;
        var goals = await db.PlanGoals.Where(g => g.SettingId == supported.Id && (g.Status == GoalStatus.NotStarted || g.Status == GoalStatus.InProgress))
            .OrderBy(g => g.Id).Take(2).Select(g => new ChosenGoal(g.Id, g.SettingId, g.Outcome)).ToListAsync(cancellationToken);

        var startsOn = today.AddDays(-45);
        var pairing = BuddyPairing.Propose(tenantId, supported.Id, supported.Name, new BuddyLead(BuddyLeadKind.Setting, lead.Id, null, lead.Name, null),
            "To plan a curriculum for two-year-olds that builds on what they already know, and to set up regular supervision for the room leaders.",
            startsOn, startsOn.AddMonths(6), goals, 0, BuddyingLimit.Default, null, "Gareth Lewis", now.AddDays(-50));
        pairing.Start(startsOn);
        var held = pairing.PlanVisit(today.AddDays(-20));
        db.BuddyPairings.Add(pairing);
        await db.SaveChangesAsync(cancellationToken);

        pairing.RecordHeld(held.Id, today.AddDays(-20), today);
        pairing.WriteNote(held.Id, $"The room leaders spent a morning in {lead.Name}'s two-year-old room and saw how its key people plan from what each child can already do. "
            + "Agreed: try the same planning sheet for four weeks, and the manager observes one supervision at the lead setting before the next visit.", "Gareth Lewis");
        pairing.PlanVisit(today.AddDays(21));
        await db.SaveChangesAsync(cancellationToken);
    }
}
