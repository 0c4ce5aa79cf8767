using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A pairing in the LA's list.
public sealed record PairingRow(int Id, string SupportedSettingName, string LeadName, string? LeadOrganisation, BuddyLeadKind LeadKind, DateOnly StartsOn, DateOnly EndsOn, BuddyStatus Status, int Visits, int Held);

/// What the person asked for on the new-pairing page. `SuggestedSettingId` is set when they paired with one of
/// Ascent's suggestions: its reason is worked out again here (never taken from the form) and kept on the pairing.
public sealed record PairingRequest(int SupportedSettingId, BuddyLeadKind LeadKind, int? LeadSettingId, int? LeadMemberId, string? LeadName, string? LeadOrganisation,
    string Purpose, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyCollection<int> GoalIds, bool Suggested);

/// Buddy pairings: the LA's limit, its pairings, and each change to one (start, visits and their shared notes, the
/// outcome review), each refused with its reason and saved whole or not at all. Reads through the query filters.
public sealed class Buddying(AppDbContext db, TimeProvider time, BuddyingSuggester suggester)
{
    public const string Changed = "Someone else changed this pairing after you opened the page. Check it as it is now and try again";

    /// The LA's limit on how many settings one lead buddies at a time (the default until the LA changes it).
    public async Task<(int Limit, int Version)> LimitAsync(CancellationToken cancellationToken)
    {
        var row = await db.BuddyingLimits.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return row is null ? (BuddyingLimit.Default, 0) : (row.Limit, row.Version);
    }

    /// Changes the limit; null when saved, else the reason.
    public async Task<string?> ChangeLimitAsync(int limit, int version, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff change its buddying limit.");
        var row = await db.BuddyingLimits.FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new BuddyingLimit(tenantId);
            db.BuddyingLimits.Add(row);
        }
        else if (row.Version != version)
        {
            return "Someone else changed the limit after you opened the page. Check it as it is now and save again";
        }

        try
        {
            row.Change(limit);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (BuddyingRefusedException refused)
        {
            return refused.Message;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return "Someone else changed the limit after you opened the page. Check it as it is now and save again";
        }
    }

    public async Task<IReadOnlyList<PairingRow>> ListAsync(CancellationToken cancellationToken) =>
        await Rows(db.BuddyPairings.AsNoTracking()).ToListAsync(cancellationToken);

    /// The pairings a setting is one side of (for its page, and its adviser's case).
    public async Task<IReadOnlyList<PairingRow>> ForSettingAsync(int settingId, CancellationToken cancellationToken) =>
        await Rows(db.BuddyPairings.AsNoTracking().Where(p => p.SupportedSettingId == settingId || p.LeadSettingId == settingId)).ToListAsync(cancellationToken);

    public Task<BuddyPairing?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.BuddyPairings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// Partners who are not settings, from the LA's partnerships now: the leads that are not settings.
    public async Task<IReadOnlyList<(int Id, string Name)>> PartnersAsync(CancellationToken cancellationToken) =>
        [.. (await db.PartnershipMembers.AsNoTracking().Where(m => m.SettingId == null && m.LeftOn == null).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase).OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => (m.Id, m.Name))];

    /// Proposes the pairing; the pairing, or null with the reason.
    public async Task<(BuddyPairing? Pairing, string? Refused)> ProposeAsync(PairingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff pair buddies.");
        var supported = await db.Settings.AsNoTracking().Where(s => s.Id == request.SupportedSettingId).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        if (supported is null)
            return (null, "The setting to be supported was not found among the LA's settings");
        var (limit, _) = await LimitAsync(cancellationToken);
        BuddyLead lead;
        int leading;
        string? reason = null;
        switch (request.LeadKind)
        {
            case BuddyLeadKind.Setting:
                var setting = await db.Settings.AsNoTracking().Where(s => s.Id == request.LeadSettingId).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
                if (setting is null)
                    return (null, "The lead setting was not found among the LA's settings");
                lead = new(BuddyLeadKind.Setting, setting.Id, null, setting.Name, null);
                leading = await db.BuddyPairings.CountAsync(p => p.Status != BuddyStatus.Ended && p.LeadSettingId == setting.Id, cancellationToken);
                if (request.Suggested)
                {
                    var facts = await suggester.ForAsync(supported.Id, limit, cancellationToken);
                    reason = facts?.Suggestions.FirstOrDefault(s => s.SettingId == setting.Id)?.Reason;
                }

                break;
            case BuddyLeadKind.Partner:
                var member = await db.PartnershipMembers.AsNoTracking().Where(m => m.Id == request.LeadMemberId && m.SettingId == null && m.LeftOn == null)
                    .Select(m => new { m.Id, m.Name }).FirstOrDefaultAsync(cancellationToken);
                if (member is null)
                    return (null, "The partner was not found among the LA's partnerships");
                lead = new(BuddyLeadKind.Partner, null, member.Id, member.Name, null);
                leading = await db.BuddyPairings.CountAsync(p => p.Status != BuddyStatus.Ended && p.LeadMemberId == member.Id, cancellationToken);
                break;
            default:
                var name = request.LeadName?.Trim() ?? "";
                var organisation = request.LeadOrganisation?.Trim();
                lead = new(BuddyLeadKind.Practitioner, null, null, name, organisation);
                leading = await db.BuddyPairings.CountAsync(p => p.Status != BuddyStatus.Ended && p.LeadKind == BuddyLeadKind.Practitioner && p.LeadName == name, cancellationToken);
                break;
        }

        var goals = await db.PlanGoals.AsNoTracking().Where(g => request.GoalIds.Contains(g.Id)).Select(g => new ChosenGoal(g.Id, g.SettingId, g.Outcome)).ToListAsync(cancellationToken);
        if (goals.Count != request.GoalIds.Distinct().Count())
            return (null, $"Choose goals from {supported.Name}'s own improvement plan");
        try
        {
            var pairing = BuddyPairing.Propose(tenantId, supported.Id, supported.Name, lead, request.Purpose, request.StartsOn, request.EndsOn, goals, leading, limit, reason,
                db.CurrentUser.DisplayName, time.GetUtcNow());
            db.BuddyPairings.Add(pairing);
            await db.SaveChangesAsync(cancellationToken);
            return (pairing, null);
        }
        catch (BuddyingRefusedException refused)
        {
            return (null, refused.Message.TrimEnd('.'));
        }
    }

    private static IQueryable<PairingRow> Rows(IQueryable<BuddyPairing> pairings) =>
        pairings.OrderByDescending(p => p.StartsOn).ThenBy(p => p.SupportedSettingName)
            .Select(p => new PairingRow(p.Id, p.SupportedSettingName, p.LeadName, p.LeadOrganisation, p.LeadKind, p.StartsOn, p.EndsOn, p.Status, p.Visits.Count, p.Visits.Count(v => v.HeldOn != null)));

    public Task<string?> StartAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p => p.Start(time.Today()), cancellationToken);

    public Task<string?> PlanVisitAsync(int id, int version, DateOnly on, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p => p.PlanVisit(on), cancellationToken);

    /// Records a visit held (the LA) and its shared note (the LA, or either setting's owner or manager).
    public Task<string?> RecordVisitAsync(int id, int version, int visitId, DateOnly? heldOn, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p =>
        {
            if (heldOn is { } day && p.Visits.FirstOrDefault(v => v.Id == visitId)?.HeldOn != day)
                p.RecordHeld(visitId, day, time.Today());
            if (!string.IsNullOrWhiteSpace(note))
                p.WriteNote(visitId, note, db.CurrentUser.DisplayName);
        }, cancellationToken);

    public Task<string?> ReviewAsync(int id, int version, IReadOnlyCollection<GoalReview> reviews, string summary, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p => p.Review(reviews, summary, db.CurrentUser.DisplayName, time.Today()), cancellationToken);

    // Loads the pairing to change, refuses a stale page, applies the change and saves it whole; null when saved.
    private async Task<string?> ChangeAsync(int id, int version, Action<BuddyPairing> change, CancellationToken cancellationToken)
    {
        var pairing = await db.BuddyPairings.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pairing is null)
            return "This pairing was not found";
        if (pairing.Version != version)
            return Changed;
        db.Entry(pairing).Property(p => p.Version).OriginalValue = version;
        try
        {
            change(pairing);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (BuddyingRefusedException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Message.TrimEnd('.');
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Changed;
        }
    }
}
