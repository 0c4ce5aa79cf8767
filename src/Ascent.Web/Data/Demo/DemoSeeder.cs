using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data.Demo;

/// A fictional local authority with a few hundred fictional settings and several years of inspections,
/// generated from a fixed seed so every demo looks the same. No real setting or person appears.
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users, TimeProvider time, DemoCases cases, DemoSelfEvaluations selfEvaluations, FrameworkRegistry frameworks, InstrumentCatalogue instruments, SchemeLibrary schemes)
{
    private static readonly string[] NamePrefixes =
    [
        "Little Acorns", "Rainbow", "Sunflower", "Busy Bees", "Treetops", "Honeypot", "Bluebell", "Ladybird", "Riverside",
        "Oak Tree", "Willow", "Meadow", "Puddle Ducks", "Caterpillars", "Stepping Stones", "Tiny Steps", "Kingfisher",
        "Hedgehogs", "Butterflies", "Woodland", "Orchard", "Dandelion", "Foxgloves", "Starlight", "Buttercup", "Hazel",
    ];

    private static readonly string[] NameSuffixes = ["Day Nursery", "Pre-school", "Nursery", "Playgroup", "Kindergarten", "Childcare"];

    private static readonly string[] Towns = ["Northfield", "Ashby Green", "Kingsmead", "Hollowbrook", "Fernley", "Stonebridge", "Marlow End", "Westcombe"];

    private static readonly string[] Sectors = ["Private", "Voluntary", "Independent", "Maintained"];

    private string? passwordHash;

    /// The scheme Ascent ships, as loaded and checked at start-up.
    private SchemeDefinition DemoScheme => schemes.Find("quality-mark") ?? throw new InvalidOperationException("The shipped quality-mark scheme is not loaded.");

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var random = new Random(2026);
        var northfield = new Tenant(DemoUsers.TenantName, TenantKind.LocalAuthority, "England") { RegisterName = "Northfield" };
        var eastmoor = new Tenant(DemoUsers.SecondTenantName, TenantKind.LocalAuthority, "England") { RegisterName = "Eastmoor" };
        db.Tenants.AddRange(northfield, eastmoor);
        await db.SaveChangesAsync(cancellationToken);

        var today = time.Today();
        var northfieldSettings = AddSettings(northfield, 320, random, today, "NF");
        var demoSetting = northfieldSettings[0];
        AddSettings(eastmoor, 40, random, today, "EM");
        await db.SaveChangesAsync(cancellationToken);

        // The accounts are made with nothing else tracked: every save looks over each tracked entity (for changes, the
        // audit trail and the outbox), and twenty-odd account saves over the 1,400 settings and inspections just added
        // took most of a first run's start. The settings are read back untracked for the cases, which track only those they change.
        var northfieldIds = northfieldSettings.Select(s => s.Id).ToList();
        db.ChangeTracker.Clear();

        foreach (var (email, name, role) in DemoUsers.LocalAuthority)
            await CreateUserAsync(email, name, role, northfield.Id, null);
        foreach (var (email, name, role) in DemoUsers.Setting)
            await CreateUserAsync(email, name, role, northfield.Id, demoSetting.Id);
        await CreateUserAsync(DemoUsers.SystemAdministrator.Email, DemoUsers.SystemAdministrator.Name, Roles.SystemAdministrator, null, null);
        await CreateUserAsync(DemoUsers.SecondTenantAdministrator.Email, DemoUsers.SecondTenantAdministrator.Name, Roles.LaAdministrator, eastmoor.Id, null);
        var loaded = await db.Settings.AsNoTracking().Where(s => s.TenantId == northfield.Id).ToDictionaryAsync(s => s.Id, cancellationToken);
        northfieldSettings = [.. northfieldIds.Select(id => loaded[id])];
        await cases.SeedAsync(northfield, northfieldSettings, today, cancellationToken);
        await selfEvaluations.SeedAsync(northfieldSettings, today, cancellationToken);
        await DemoCharts.SeedAsync(db, northfieldSettings[0], today, time.GetUtcNow(), cancellationToken);
        await DemoScreening.SeedAsync(db, demoSetting.Id, today, cancellationToken);
        await DemoAudits.SeedAsync(db, instruments, northfieldSettings, today, cancellationToken);
        await DemoQualityMark.SeedAsync(db, frameworks, DemoScheme, northfieldSettings, today, time.GetUtcNow(), cancellationToken);
        await DemoQualityMarkEvaluators.SeedAsync(db, northfield.Id, today, time.GetUtcNow(), cancellationToken);
        // Ruth Evans cannot evaluate the first applicant that meets the criteria, so allocating shows the refusal.
        var applicant = (await DemoQualityMark.ApplicantsAsync(db, cancellationToken))[0];
        await DemoQualityMarkEvaluators.RecordConflictAsync(db, "evaluator@northfield.example", applicant.Id,
            $"Ruth Evans was the deputy manager of {applicant.Name} until last year.", time.GetUtcNow(), cancellationToken);
        await DemoQualityMarkHistory.SeedAsync(db, DemoScheme, instruments, northfield.Id, today, cancellationToken);
        await DemoQualityMarkNetworks.SeedAsync(db, northfield.Id, today, time.GetUtcNow(), cancellationToken);
        await DemoPartnerships.SeedAsync(db, northfield.Id, demoSetting.Id, "senior.adviser@northfield.example", today, time.GetUtcNow(), cancellationToken);
        await DemoBuddying.SeedAsync(db, northfield.Id, demoSetting.Id, today, time.GetUtcNow(), cancellationToken);
        await DemoBulletins.SeedAsync(db, northfield.Id, demoSetting.Id, time.GetUtcNow(), cancellationToken);
        await DemoPartnershipMeetings.SeedAsync(db, northfield.Id, today, time.GetUtcNow(), cancellationToken);
        await DemoOffer.SeedAsync(db, northfield.Id, today, time.GetUtcNow(), cancellationToken);
        await DemoComplaints.SeedAsync(db, northfield.Id, demoSetting.Id, today, time.GetUtcNow(), cancellationToken);
        await DemoOfferCatalogue.SeedAsync(db, northfield.Id, today, time.GetUtcNow(), cancellationToken);
        await DemoOfferCharges.SeedAsync(db, northfield.Id, demoSetting.Id, frameworks, today, time.GetUtcNow(), cancellationToken);
        await DemoOfferBookings.SeedAsync(db, frameworks, northfield.Id, demoSetting.Id, [.. northfieldSettings.Where(s => s.Id != demoSetting.Id).Take(2).Select(s => s.Id)], time.GetUtcNow(), cancellationToken);
    }

    private List<Setting> AddSettings(Tenant tenant, int count, Random random, DateOnly today, string postcodeArea)
    {
        var settings = new List<Setting>();
        var usedNames = new HashSet<string> { DemoUsers.DemoSettingName };
        for (var i = 0; i < count; i++)
        {
            var town = Towns[random.Next(Towns.Length)];
            var childminder = i > 0 && random.NextDouble() < 0.35;
            string name;
            if (i == 0 && tenant.Name == DemoUsers.TenantName)
            {
                name = DemoUsers.DemoSettingName;
            }
            else if (childminder)
            {
                name = $"Childminder in {town}";
            }
            else
            {
                do
                    name = $"{NamePrefixes[random.Next(NamePrefixes.Length)]} {NameSuffixes[random.Next(NameSuffixes.Length)]}";
                while (!usedNames.Add(name) && usedNames.Count < NamePrefixes.Length * NameSuffixes.Length);
            }

            var registered = today.AddDays(-random.Next(200, 365 * 15));
            var reference = i % 9 == 8 ? $"{random.Next(100000, 999999)}" : $"EY{random.Next(100000, 999999)}";
            var setting = new Setting(tenant.Id, $"{reference}", name, childminder ? "Childminder" : "Childcare on non-domestic premises", registered)
            {
                Sector = childminder ? "Childminder" : Sectors[random.Next(Sectors.Length)],
                Places = childminder ? random.Next(3, 7) : random.Next(16, 120),
                // Ofsted publishes no childminder's name or address; a nursery's registered person is the company running it.
                RegisteredPersonName = childminder ? null : $"{name} Ltd",
                AddressLine1 = childminder ? null : $"{random.Next(1, 200)} {Towns[random.Next(Towns.Length)]} Road",
                Town = town,
                Postcode = $"{postcodeArea}{random.Next(1, 20)} {random.Next(1, 9)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}",
                LocalAuthorityName = tenant.Name.Replace(" Council", "", StringComparison.Ordinal).Replace(" Borough", "", StringComparison.Ordinal),
                Region = "North West",
            };
            if (settings.Any(s => s.Reference == setting.Reference))
                continue;
            AddInspections(setting, random, today);
            setting.RefreshLatestInspection(frameworks);
            settings.Add(setting);
        }

        db.Settings.AddRange(settings);
        return settings;
    }

    private static void AddInspections(Setting setting, Random random, DateOnly today)
    {
        // Inspections fall before the renewed framework started (10 November 2025), every three to four years.
        var lastEif = new DateOnly(2025, 11, 7);
        var date = (setting.RegisteredOn ?? today).AddDays(random.Next(150, 400));
        var count = 0;
        while (date < today && date <= lastEif && count < 3)
        {
            var roll = random.NextDouble();
            var grade = roll < 0.15 ? "1" : roll < 0.85 ? "2" : roll < 0.95 ? "3" : "4";
            // The demo setting was good until its recent inspection (DemoCases), so its support starts at visit 1.
            if (setting.Name == DemoUsers.DemoSettingName)
                grade = "2";
            setting.Inspections.Add(new Inspection(setting, $"{random.Next(10000000, 99999999)}", date, "Full inspection", "ofsted-eif-2019", grade));
            date = date.AddDays(random.Next(365 * 3, 365 * 4));
            count++;
        }
    }

    private async Task CreateUserAsync(string email, string name, string role, int? tenantId, int? settingId)
    {
        var user = new AppUser(email, name, tenantId, settingId) { EmailConfirmed = true };
        user.MarkAsDemo();
        // Every demo user has the same password, so it is hashed once (100,000 rounds of PBKDF2 each time would be
        // about a second of a first run's start) and the hash shared: a hash carries its own salt, so it checks the
        // same for every one of them.
        passwordHash ??= users.PasswordHasher.HashPassword(user, DemoUsers.Password);
        user.PasswordHash = passwordHash;
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        await users.AddToRoleAsync(user, role);
    }
}
