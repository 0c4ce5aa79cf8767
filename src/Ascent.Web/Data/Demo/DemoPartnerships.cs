using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// The demo's working together (docs/partnerships.md): every Northfield setting carries a locality grouping, as an
/// LA's register does (North, Central or South, by postcode district), none of them yet a partnership, so a new user
/// can turn one into a partnership; and a running EYFS network that Little Acorns belongs to, with a school and the
/// health visiting team as partners, for the meetings, bulletins and buddying the demo shows.
public static class DemoPartnerships
{
    public const string Network = "Northfield EYFS network";

    public static readonly string[] Localities = ["Northfield North", "Northfield Central", "Northfield South"];

    /// Little Acorns' locality, whatever its postcode: the README's walk-through turns this one into a partnership.
    public const string DemoLocality = "Northfield Central";

    /// The objectives Manchester's locality partnerships work to (seed 003).
    public static readonly string[] Objectives =
    [
        "Transition into school",
        "Quality improvement and setting evaluation",
        "Data sharing",
        "Inclusion of children with additional needs",
        "Vulnerable children not accessing provision",
        "Learning and development",
    ];

    /// The locality a demo setting is in: its postcode district's number (NF1 to NF19) split into three.
    public static string LocalityOf(string? postcode)
    {
        var outward = postcode?.Split(' ')[0] ?? "";
        var digits = new string([.. outward.SkipWhile(c => !char.IsDigit(c))]);
        var district = int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        return Localities[district <= 6 ? 0 : district <= 13 ? 1 : 2];
    }

    public static async Task SeedAsync(AppDbContext db, int tenantId, int demoSettingId, string seniorAdviserEmail, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.Where(s => s.TenantId == tenantId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var setting in settings)
            setting.ChangeGroupings(setting.District, setting.Ward, setting.Id == demoSettingId ? DemoLocality : LocalityOf(setting.Postcode));

        foreach (var (name, description) in PartnershipKind.Defaults)
            db.PartnershipKinds.Add(new PartnershipKind(tenantId, name, description));
        await db.SaveChangesAsync(cancellationToken);
        var kind = await db.PartnershipKinds.SingleAsync(k => k.TenantId == tenantId && k.Name == "EYFS network", cancellationToken);
        var lead = await db.Users.Where(u => u.Email == seniorAdviserEmail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);

        var network = new Partnership(tenantId, kind.Id, Network, null, "Gareth Lewis", now.AddDays(-120));
        network.Describe(Network,
            "The network brings together the early years leads of Northfield's nurseries, pre-schools and school nursery classes, "
            + "with the health visiting team, to improve children's outcomes together. It meets once a term, hosted in turn by its "
            + "members. Members share what they are working on, agree shared priorities from the partnership's data, and support "
            + "one another between meetings.",
            Objectives, lead);
        var started = today.AddDays(-120);
        var demo = settings.Single(s => s.Id == demoSettingId);
        network.AddSetting(demo.Id, demo.Name, MemberRole.Member, new MemberContact("Jo Clarke", "Manager", "manager@littleacorns.example", null), started);
        var others = settings.Where(s => s.Id != demoSettingId && s.ProviderType != "Childminder" && s.LeftRegisterOn == null).Take(9).ToList();
        for (var i = 0; i < others.Count; i++)
            network.AddSetting(others[i].Id, others[i].Name, i == 0 ? MemberRole.Lead : i == 1 ? MemberRole.Host : MemberRole.Member, MemberContact.None, started);
        network.AddPartner("St Mary's Primary School", PartnerType.School, MemberRole.Member,
            new MemberContact("Helen Carter", "Early years phase leader", "h.carter@stmarys.example", "0161 496 0123"), started);
        network.AddPartner("Northfield Health Visiting Team", PartnerType.HealthVisiting, MemberRole.Member,
            new MemberContact("Rachel Adams", "Health visiting team lead", "rachel.adams@nhs.example", "0161 496 0456"), started);
        db.Partnerships.Add(network);
        await db.SaveChangesAsync(cancellationToken);
    }
}
