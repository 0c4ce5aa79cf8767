using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// What a change to a partnership came to: done (Refused null) or refused with the reason to show.
public sealed record WorkResult(string? Refused, string? Done = null)
{
    public bool Succeeded => Refused is null;
}

/// Changes to a partnership and its members, each checked against the version the page was read at: a change
/// someone made since is refused with the reason, never overwritten. The partnership is found through the query
/// filters, so only the LA's own partnerships can be changed.
public sealed class PartnershipWork(AppDbContext db, TimeProvider time)
{
    public const string Changed = "Someone else changed this partnership while you were working on it. Its members and details are shown as they are now: check them and try again.";

    public async Task<(Partnership? Made, string? Refused)> CreateAsync(int kindId, string name, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff make partnerships.");
        var kind = await db.PartnershipKinds.FirstOrDefaultAsync(k => k.Id == kindId && !k.Retired, cancellationToken);
        if (kind is null)
            return (null, "Select a kind of partnership from the list");
        if (await db.Partnerships.AnyAsync(p => p.Name == name.Trim(), cancellationToken))
            return (null, $"There is already a partnership called {name.Trim()}: choose another name");
        var partnership = new Partnership(tenantId, kind.Id, name, null, db.CurrentUser.DisplayName, time.GetUtcNow());
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return (partnership, null);
    }

    public Task<WorkResult> DescribeAsync(int id, int version, string name, string? terms, IEnumerable<string> objectives, Guid? lead, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, async p =>
        {
            if (!string.Equals(p.Name, name.Trim(), StringComparison.Ordinal) && await db.Partnerships.AnyAsync(o => o.Id != id && o.Name == name.Trim(), cancellationToken))
                return new WorkResult($"There is already a partnership called {name.Trim()}: choose another name");
            return p.Describe(name, terms, objectives, lead) ? new WorkResult(null, "The partnership is saved") : new WorkResult(null, "Nothing was changed");
        }, cancellationToken);

    /// Adds a setting found in the LA's own register (another LA's is not found: the filters).
    public Task<WorkResult> AddSettingAsync(int id, int version, int settingId, MemberRole role, MemberContact contact, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, async p =>
        {
            var setting = await db.Settings.Where(s => s.Id == settingId).Select(s => new { s.Id, s.Name, s.LeftRegisterOn }).FirstOrDefaultAsync(cancellationToken);
            if (setting is null)
                return new WorkResult("That setting is not on your local authority's register");
            if (setting.LeftRegisterOn is not null)
                return new WorkResult($"{setting.Name} has left the register and cannot join");
            if (p.HasSetting(setting.Id))
                return new WorkResult($"{setting.Name} is already a member of {p.Name}");
            p.AddSetting(setting.Id, setting.Name, role, contact, time.Today());
            return new WorkResult(null, $"{setting.Name} is now a member");
        }, cancellationToken);

    public Task<WorkResult> AddPartnerAsync(int id, int version, string name, PartnerType type, MemberRole role, MemberContact contact, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p =>
        {
            if (p.HasPartner(name))
                return Task.FromResult(new WorkResult($"{name.Trim()} is already a member of {p.Name}"));
            p.AddPartner(name, type, role, contact, time.Today());
            return Task.FromResult(new WorkResult(null, $"{name.Trim()} is now a member"));
        }, cancellationToken);

    public Task<WorkResult> ChangeMemberAsync(int id, int version, int memberId, MemberRole role, MemberContact contact, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p =>
        {
            if (p.CurrentMembers.All(m => m.Id != memberId))
                return Task.FromResult(new WorkResult("That member has left the partnership"));
            return Task.FromResult(p.ChangeMember(memberId, role, contact) ? new WorkResult(null, "The member is saved") : new WorkResult(null, "Nothing was changed"));
        }, cancellationToken);

    public Task<WorkResult> RemoveMemberAsync(int id, int version, int memberId, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, p =>
        {
            var member = p.CurrentMembers.FirstOrDefault(m => m.Id == memberId);
            if (member is null)
                return Task.FromResult(new WorkResult("That member has already left the partnership"));
            p.RemoveMember(memberId, time.Today());
            return Task.FromResult(new WorkResult(null, $"{member.Name} has left the partnership"));
        }, cancellationToken);

    /// Loads the partnership with its members, refuses a stale version or a closed partnership, applies the change
    /// and saves it; the UPDATE still checks the version, so a save that races another is refused too.
    private async Task<WorkResult> ChangeAsync(int id, int version, Func<Partnership, Task<WorkResult>> change, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partnership is null)
            return new WorkResult("That partnership was not found");
        if (partnership.Version != version)
            return new WorkResult(Changed);
        if (partnership.ClosedOn is { } closed)
            return new WorkResult($"{partnership.Name} was closed on {closed:d MMMM yyyy}: it takes no changes");
        db.Entry(partnership).Property(p => p.Version).OriginalValue = version;
        var result = await change(partnership);
        if (!result.Succeeded)
            return result;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new WorkResult(Changed);
        }

        return result;
    }
}
