using Ascent.Tests.Pages.QualityMark;
using Ascent.Tests.Pages.QualityMark.Schemes;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.QualityMark;

/// Which scheme a cohort runs on (SchemeVersions): the LA's own version it opened on, or the shipped file; uploads
/// that clash are refused with the reason; another LA never sees or uses them.
public abstract class SchemeVersionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private Task<T> WithSchemesAsync<T>(Func<SchemeVersions, Task<T>> work) =>
        app.WithDbAsync((_, services) => work(services.GetRequiredService<SchemeVersions>()));

    [Fact]
    public async Task ACohortOpenedBeforeAnUpload_KeepsItsVersion_AndNewCohortsOpenOnTheUpload()
    {
        var before = await app.CohortAsync("Before the upload");

        var upload = await app.UploadAsync(app.World.TenantAId, app.ShippedAsVersion2("Ashdown Quality Mark"));

        Assert.Null(upload.Refusal);
        var cohortBefore = await app.WithDbAsync((db, _) => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == before));
        var kept = await WithSchemesAsync(s => s.OfCohortAsync(cohortBefore, CancellationToken.None));
        Assert.Equal(("Quality Mark", "1"), (kept!.Name, kept.Version));
        var current = (await WithSchemesAsync(s => s.CurrentAsync(app.World.TenantAId, CancellationToken.None))).Single(s => s.Definition.Code == "quality-mark");
        Assert.Equal(("Ashdown Quality Mark", "2"), (current.Definition.Name, current.Definition.Version));
        Assert.Equal("Cleo Coordinator", current.Upload!.UploadedBy);

        var afterId = await app.CohortOnAsync(app.World.TenantAId, "quality-mark", "After the upload");
        var after = await app.WithDbAsync((db, _) => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == afterId));
        Assert.Equal("2", after.SchemeVersion);
        Assert.Equal("Ashdown Quality Mark", (await WithSchemesAsync(s => s.OfCohortAsync(after, CancellationToken.None)))!.Name);
    }

    [Fact]
    public async Task AnotherLocalAuthority_NeverSeesOrUsesYourVersions()
    {
        Assert.Null((await app.UploadAsync(app.World.TenantAId, SchemeFiles.Tiered())).Refusal);

        var theirs = await WithSchemesAsync(s => s.CurrentAsync(app.World.TenantBId, CancellationToken.None));
        Assert.Equal(["quality-mark"], theirs.Select(s => s.Definition.Code));
        Assert.Null(theirs[0].Upload);
        Assert.Null(await WithSchemesAsync(s => s.FindAsync(app.World.TenantBId, "quality-award", "2027.1", CancellationToken.None)));
        Assert.Equal(SchemeFiles.TieredName, (await WithSchemesAsync(s => s.FindAsync(app.World.TenantAId, "quality-award", "2027.1", CancellationToken.None)))!.Name);
        // The same version number in another LA is its own: B uploads it too.
        Assert.Null((await app.UploadAsync(app.World.TenantBId, SchemeFiles.Tiered())).Refusal);
    }

    [Fact]
    public async Task TwoUploadsOfTheSameVersionAtOnce_StoreOne_AndRefuseTheOtherWithTheReason()
    {
        var yaml = SchemeFiles.Tiered().Replace("version: \"2027.1\"", "version: \"2027.2\"", StringComparison.Ordinal);

        var results = await Task.WhenAll(app.UploadAsync(app.World.TenantAId, yaml), app.UploadAsync(app.World.TenantAId, yaml));

        Assert.Single(results, r => r.Stored is not null);
        var refused = Assert.Single(results, r => r.Stored is null);
        Assert.Equal($"version 2027.2 of {SchemeFiles.TieredName} is already stored. Give the new file another version.", refused.Refusal);
        var stored = await app.WithDbAsync((db, _) => db.SchemeVersions.Where(v => v.TenantId == app.World.TenantAId && v.Version == "2027.2").Select(v => v.Id).ToListAsync());
        var id = Assert.Single(stored).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Audited by the context, as every change is.
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.EntityType == nameof(SchemeVersion) && e.EntityId == id)));
    }

    [Fact]
    public async Task AVersionACohortAlreadyRuns_IsRefused_SoItsRulesCannotChangeUnderIt()
    {
        // A cohort opened on version 3 of the shipped scheme (as if Ascent shipped it then, and a later file replaced it).
        var yaml = app.ShippedAsVersion2("Quality Mark").Replace("\nversion: \"2\"\n", "\nversion: \"3\"\n", StringComparison.Ordinal);
        await app.WithDbAsync(async (db, services) =>
        {
            var three = services.GetRequiredService<SchemeLibrary>().Parse(yaml, "quality-mark.yaml");
            db.Cohorts.Add(Cohort.Open(app.World.TenantAId, three, "On version 3", new DateOnly(2026, 9, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 31), null, "Nadia Brooks", app.Time.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        var upload = await app.UploadAsync(app.World.TenantAId, yaml);

        Assert.Equal("a cohort already runs version 3 of Quality Mark. Give your file another version.", upload.Refusal);
        Assert.False(await app.WithDbAsync((db, _) => db.SchemeVersions.AnyAsync(v => v.Code == "quality-mark" && v.Version == "3")));
    }

    [Fact]
    public async Task ACodeTooLongForCertificateReferences_IsRefused()
    {
        var yaml = app.ShippedAsVersion2("Long Mark").Replace("\ncode: quality-mark\n", "\ncode: a-b-c-d-e-f-g-h-i-j-k\n", StringComparison.Ordinal);

        var upload = await app.UploadAsync(app.World.TenantAId, yaml);

        Assert.Equal("the code a-b-c-d-e-f-g-h-i-j-k has more than 10 words: certificate references are made from its initials. Give it a shorter code.", upload.Refusal);
    }

    [Fact]
    public async Task AStoredVersionAscentCanNoLongerRead_IsNotFound_AndTheSchemesPagesStillAnswer()
    {
        // As if a later release had removed something the file names: stored, but no longer readable.
        var cohortId = await app.WithDbAsync(async (db, services) =>
        {
            var nine = app.ShippedAsVersion2("Unreadable Mark").Replace("\nversion: \"2\"\n", "\nversion: \"9\"\n", StringComparison.Ordinal);
            var two = services.GetRequiredService<SchemeLibrary>().Parse(nine, "quality-mark.yaml");
            db.SchemeVersions.Add(new SchemeVersion(app.World.TenantAId, two, "code: quality-mark\nunknown_key: true\n", "old.yaml", "Cleo Coordinator", app.Time.GetUtcNow()));
            var cohort = Cohort.Open(app.World.TenantAId, two, "On an unreadable version", new DateOnly(2026, 9, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 31), null, "Nadia Brooks", app.Time.GetUtcNow());
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return cohort.Id;
        });
        var stored = await app.WithDbAsync((db, _) => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId));

        Assert.Null(await WithSchemesAsync(s => s.OfCohortAsync(stored, CancellationToken.None)));
        var current = await WithSchemesAsync(s => s.CurrentAsync(app.World.TenantAId, CancellationToken.None));
        // The latest version it can read is current instead (the shipped file, or another test's upload).
        Assert.NotEqual("9", current.Single(c => c.Definition.Code == "quality-mark").Definition.Version);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await coordinator.GetAsync("/quality-mark/cohorts/new")).Status);
        using var anyone = app.NewBrowser();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await anyone.GetAsync($"/quality-mark/register/{app.World.TenantAId}")).Status);
    }

    [Fact]
    public async Task TheVersionAscentShips_IsRefused()
    {
        var shipped = app.Factory.Services.GetRequiredService<SchemeLibrary>().Shipped[0].Yaml;

        var upload = await app.UploadAsync(app.World.TenantAId, shipped);

        Assert.Equal("version 1 of Quality Mark is the one Ascent ships. Give your file another version.", upload.Refusal);
        Assert.False(await app.WithDbAsync((db, _) => db.SchemeVersions.AnyAsync(v => v.Code == "quality-mark" && v.Version == "1")));
    }
}

public sealed class SchemeVersionsTestsOnSqlite(SqliteFixture app) : SchemeVersionsTests<SqliteFixture>(app);

public sealed class SchemeVersionsTestsOnPostgres(PostgresFixture app) : SchemeVersionsTests<PostgresFixture>(app);
