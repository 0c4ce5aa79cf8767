using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// An audience to choose: its key on the form ("type:Childcare on non-domestic premises", "partnership:12") and its
/// label.
public sealed record AudienceChoice(string Key, string Label, BulletinTarget Target);

/// Who a bulletin reaches: how many settings, and how many people by e-mail.
public sealed record BulletinReach(int Settings, int People);

/// A person a bulletin's e-mail goes to.
public sealed record BulletinReader(string Email, string Name, bool HasAccount);

/// The audiences a bulletin may have (from the LA's own register, so a choice never offers what cannot match) and
/// whom each reaches: the settings on the register now, the active accounts of their owners, managers and
/// practitioners, and for a partnership its partners' named contacts.
public sealed class BulletinAudiences(AppDbContext db, FrameworkRegistry frameworks)
{
    public async Task<IReadOnlyList<AudienceChoice>> ChoicesAsync(CancellationToken cancellationToken)
    {
        var register = db.Settings.AsNoTracking().Where(s => s.LeftRegisterOn == null);
        var types = await register.Where(s => s.ProviderType != "").Select(s => s.ProviderType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var sectors = await register.Where(s => s.Sector != null).Select(s => s.Sector!).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var localities = await register.Where(s => s.LocalityPartnership != null).Select(s => s.LocalityPartnership!).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking().Where(p => p.ClosedOn == null).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var choices = new List<AudienceChoice> { new("all", "All settings", BulletinTarget.All) };
        choices.AddRange(partnerships.Select(p => Choice(BulletinAudience.Partnership, p.Id.ToString(CultureInfo.InvariantCulture), $"Partnership: {p.Name} (its settings and partners)", p.Id)));
        choices.AddRange(localities.Select(l => Choice(BulletinAudience.Locality, l, $"Settings in the locality {l}")));
        choices.AddRange(types.Select(t => Choice(BulletinAudience.ProviderType, t, $"Settings of the type {t}")));
        choices.AddRange(sectors.Select(s => Choice(BulletinAudience.Sector, s, $"Settings in the {s} sector")));
        choices.AddRange(frameworks.Standings.Where(s => s != Standing.NotKnown).Select(s => Choice(BulletinAudience.Standing, s.Code, $"Settings whose standing is {s.Label}")));
        return choices;
    }

    /// The key a bulletin's audience has on the form.
    public static string KeyOf(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return bulletin.Audience switch
        {
            BulletinAudience.AllSettings => "all",
            BulletinAudience.Partnership => $"partnership:{bulletin.PartnershipId?.ToString(CultureInfo.InvariantCulture)}",
            _ => $"{Prefix(bulletin.Audience)}:{bulletin.AudienceValue}",
        };
    }

    /// The settings the audience reaches now, on the register (as the settings list filters them).
    public IQueryable<Setting> Settings(Bulletin bulletin)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        // A valued audience with no value would filter nothing and reach every setting: it reaches none instead.
        if (bulletin.Audience is not (BulletinAudience.AllSettings or BulletinAudience.Partnership) && string.IsNullOrWhiteSpace(bulletin.AudienceValue))
            return db.Settings.AsNoTracking().Where(_ => false);
        var filter = new SettingsFilter();
        switch (bulletin.Audience)
        {
            case BulletinAudience.ProviderType: filter.Type = bulletin.AudienceValue; break;
            case BulletinAudience.Sector: filter.Sector = bulletin.AudienceValue; break;
            case BulletinAudience.Locality: filter.Locality = bulletin.AudienceValue; break;
            case BulletinAudience.Standing: filter.Standing = bulletin.AudienceValue; break;
            default: break;
        }

        var settings = filter.Match(db.Settings.AsNoTracking());
        if (bulletin.Audience == BulletinAudience.Partnership)
        {
            var id = bulletin.PartnershipId;
            settings = settings.Where(s => db.PartnershipMembers.Any(m => m.PartnershipId == id && m.SettingId == s.Id && m.LeftOn == null));
        }

        return settings;
    }

    /// Everyone the e-mail goes to, once each (by address): the reached settings' people with an account, and a
    /// partnership's partners' contacts.
    public async Task<IReadOnlyList<BulletinReader>> ReadersAsync(Bulletin bulletin, CancellationToken cancellationToken)
    {
        var settingIds = Settings(bulletin).Select(s => s.Id);
        var people = await db.ActiveUsersInRoles([.. Roles.SettingRoles])
            .Where(u => u.SettingId != null && settingIds.Contains(u.SettingId.Value) && u.Email != null)
            .OrderBy(u => u.DisplayName).Select(u => new BulletinReader(u.Email!, u.DisplayName, true)).ToListAsync(cancellationToken);
        if (bulletin.Audience == BulletinAudience.Partnership)
        {
            var contacts = await db.PartnershipMembers.AsNoTracking()
                .Where(m => m.PartnershipId == bulletin.PartnershipId && m.SettingId == null && m.LeftOn == null && m.ContactEmail != null)
                .OrderBy(m => m.Name).Select(m => new BulletinReader(m.ContactEmail!, m.ContactName ?? m.Name, false)).ToListAsync(cancellationToken);
            people.AddRange(contacts);
        }

        return [.. people.DistinctBy(p => p.Email.Trim().ToUpperInvariant())];
    }

    public async Task<BulletinReach> ReachAsync(Bulletin bulletin, CancellationToken cancellationToken) =>
        new(await Settings(bulletin).CountAsync(cancellationToken), (await ReadersAsync(bulletin, cancellationToken)).Count);

    private static AudienceChoice Choice(BulletinAudience audience, string value, string label, int? partnershipId = null) =>
        new($"{Prefix(audience)}:{value}", label, new BulletinTarget(audience, partnershipId is null ? value : null, partnershipId, label));

    private static string Prefix(BulletinAudience audience) => audience switch
    {
        BulletinAudience.ProviderType => "type",
        BulletinAudience.Sector => "sector",
        BulletinAudience.Locality => "locality",
        BulletinAudience.Partnership => "partnership",
        BulletinAudience.Standing => "standing",
        _ => "all",
    };
}
