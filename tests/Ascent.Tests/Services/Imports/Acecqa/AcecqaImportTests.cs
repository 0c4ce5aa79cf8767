using Ascent.Tests.Support;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Domain.Tenancy;
using Ascent.Web.Services.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Services.Imports.Acecqa.AcecqaTestFiles;

namespace Ascent.Tests.Services.Imports.Acecqa;

/// The register file all the way into the database: one provider-organisation tenant per approved provider,
/// with its services and their ratings.
public abstract class AcecqaImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string FamilyDayCare = "SE-90000003";

    private Task<ImportRun> ImportForEveryoneAsync(RegisterBatch batch) =>
        app.WithDbAsync((db, services) => services.GetRequiredService<RegisterImporter>().ImportAsync(batch, tenantId: null));

    [Fact]
    public async Task Import_ForEveryone_CreatesATenantPerApprovedProviderWithItsServicesAndRatings()
    {
        var batch = ReadFixture("national-register-services.csv");
        var run = await ImportForEveryoneAsync(batch);

        Assert.Equal(5, run.Added);
        var tenants = await app.WithDbAsync((db, _) => db.Tenants.Where(t => t.Kind == TenantKind.ProviderOrganisation).OrderBy(t => t.Name)
            .Select(t => new { t.Name, t.RegisterName, t.Nation, Services = db.Settings.Where(s => s.TenantId == t.Id).OrderBy(s => s.Reference).Select(s => s.Reference).ToList() })
            .ToListAsync());
        Assert.Equal(
            ["Banksia Community Services Inc.", "Gumnut Out of School Hours Care Ltd", "Kunanyi Children's Centre Association Incorporated", "Wattle Grove Early Learning Pty Ltd"],
            tenants.Select(t => t.Name));
        Assert.All(tenants, t => Assert.Equal((t.Name, "Australia"), (t.RegisterName, t.Nation)));
        Assert.Equal(["SE-90000001", "SE-90000002"], tenants[3].Services);

        var centre = await app.WithDbAsync((db, _) => db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).SingleAsync(s => s.Reference == "SE-90000001"));
        Assert.Equal(("acecqa-nqs-2018", "exceeding", new DateOnly(2018, 9, 1)), (centre.LatestFrameworkCode, centre.LatestOverallGrade, centre.LatestInspectionDate));
        Assert.Equal([8, 8], centre.Inspections.Select(i => i.Grades.Count));

        // The family day care service's previous rating is the longest code of the scale.
        var familyDayCare = await app.WithDbAsync((db, _) => db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).SingleAsync(s => s.Reference == FamilyDayCare));
        var previous = familyDayCare.Inspections.Single(i => i.Date == new DateOnly(2022, 2, 1));
        Assert.Equal("significant-improvement-required", previous.OverallGrade);
        Assert.Equal("significant-improvement-required", previous.Grades.Single(g => g.AreaCode == "qa7").GradeCode);

        var again = await ImportForEveryoneAsync(batch);
        Assert.Equal((0, 0, 5), (again.Added, again.Updated, again.Unchanged));
    }
}

public sealed class AcecqaImportTestsOnSqlite(SqliteFixture app) : AcecqaImportTests<SqliteFixture>(app);

public sealed class AcecqaImportTestsOnPostgres(PostgresFixture app) : AcecqaImportTests<PostgresFixture>(app);
