using System.Globalization;
using Ascent.Tests.Services.Instruments.Transfer;
using Ascent.Tests.Support;
using Ascent.Web.Commands;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ascent.Tests.Commands;

/// `import instrument-texts`, `import audits` and `export audits`, run as the command line runs them.
public abstract class AuditTransferCommandTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ExportThenImportIntoAFreshLocalAuthority_GivesTheSameScores()
    {
        var folder = Directory.CreateTempSubdirectory("ascent-audits-").FullName;
        try
        {
            var texts = Path.Combine(folder, "texts.csv");
            await File.WriteAllBytesAsync(texts, TransferFiles.PlaceholderTexts());
            Assert.Equal(2, await ImportCommand.RunAsync(app.Factory.Services, ["import", "instrument-texts", texts, "--la", "Ashdown"]));
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "instrument-texts", texts, "--instrument", "ecers-3", "--la", "Ashdown"]));

            const string Prefix = "EY100001,2024-11-04,Rainbow,ecers-3,Ravi Shah";
            var past = Path.Combine(folder, "past.csv");
            await File.WriteAllTextAsync(past, TransferFiles.IndicatorHeader + TransferFiles.IndicatorLines(Prefix, 1, 2) + TransferFiles.IndicatorLines(Prefix, 2, 7)
                + TransferFiles.IndicatorLines(Prefix, 12, 5));
            var scores = Path.Combine(folder, "scores.csv");
            await File.WriteAllTextAsync(scores, TransferFiles.AuditHeader
                + "EY100002,2024-11-05,,Safeguarding and welfare requirements audit,Sam Lee,1,met\n"
                + "EY100002,2024-11-05,,Safeguarding and welfare requirements audit,Sam Lee,5,not met\n"
                + "EY100001,2024-12-01,,ecers-3,Jo Adams,30,6\n");
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", past, "--la", "Ashdown", "--dry-run"]));
            Assert.False(await app.WithDbAsync((db, _) => db.Audits.AnyAsync(a => a.Imported)));
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", past, "--la", "Ashdown"]));
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", scores]));
            Assert.Equal(1, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", scores])); // already imported

            var exported = Path.Combine(folder, "audits.csv");
            Assert.Equal(0, await ExportCommand.RunAsync(app.Factory.Services, ["export", "audits", "--format", "csv", "--output", exported, "--la", "Ashdown"]));
            var lines = await File.ReadAllLinesAsync(exported);
            Assert.Equal("URN,Setting,Date,Room,Instrument,Observers,Subscale,Item,Item name,Score,Subscale score,Total", lines[0].TrimStart('\uFEFF'));
            Assert.Equal(35 + 18 + 35, lines.Length - 1);
            Assert.Contains(lines, l => l.StartsWith("EY100001,Acorn Day Nursery,2024-11-04,Rainbow,Early childhood environment rating (compatible with ECERS-3),Ravi Shah,Space and Furnishings,2,", StringComparison.Ordinal)
                && l.EndsWith(",7,4.50,4.67", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(",Sam Lee,Child protection,1,", StringComparison.Ordinal) && l.EndsWith(",Met,100.00,50.00", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains("Indicator text", StringComparison.Ordinal));

            var xlsx = Path.Combine(folder, "audits.xlsx");
            Assert.Equal(0, await ExportCommand.RunAsync(app.Factory.Services, ["export", "audits", "--format", "xlsx", "--output", xlsx, "--setting", "EY100002", "--la", "Ashdown"]));
            var rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(18, rows.Count);
            Assert.All(rows, r => Assert.Equal("EY100002", r["URN"]));

            // A fresh LA with settings of the same URNs reads the file back with the same scores.
            var fresh = await app.WithDbAsync(async (db, _) =>
            {
                var tenant = new Tenant("Freshford Council", TenantKind.LocalAuthority, "England") { RegisterName = "Freshford" };
                db.Tenants.Add(tenant);
                await db.SaveChangesAsync();
                db.Settings.AddRange(
                    new Setting(tenant.Id, "EY100001", "Acorn Day Nursery", "Childcare on non-domestic premises", new DateOnly(2015, 3, 1)),
                    new Setting(tenant.Id, "EY100002", "Bramble Pre-school", "Childcare on non-domestic premises", new DateOnly(2016, 4, 1)));
                await db.SaveChangesAsync();
                return tenant.Id;
            });
            Assert.Equal(1, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", exported])); // the URNs are in two LAs now
            Assert.Equal(0, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", exported, "--la", "Freshford"]));
            var again = Path.Combine(folder, "again.csv");
            Assert.Equal(0, await ExportCommand.RunAsync(app.Factory.Services, ["export", "audits", "--output", again, "--la", "Freshford"]));
            Assert.Equal(lines.Skip(1).Order(StringComparer.Ordinal), (await File.ReadAllLinesAsync(again)).Skip(1).Order(StringComparer.Ordinal));
            var totals = await app.WithDbAsync((db, _) => db.Audits.Where(a => a.TenantId == fresh).OrderBy(a => a.ObservedOn).Select(a => a.Total).ToListAsync());
            Assert.Equal([4.67m, 50m, 6m], totals);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ABadFile_IsRefused_WithExitCode1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ascent-bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, TransferFiles.AuditHeader + "EY100001,2024-01-01,,ecers-3,Jo,1,9\n");
        try
        {
            Assert.Equal(1, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", file]));
            Assert.Equal(2, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", file, "--la", "Nowhere"]));
            Assert.Equal(2, await ImportCommand.RunAsync(app.Factory.Services, ["import", "audits", file + ".missing"]));
            Assert.Equal(2, await ExportCommand.RunAsync(app.Factory.Services, ["export", "audits", "--format", "pdf", "--output", file]));
            Assert.Equal(2, await ExportCommand.RunAsync(app.Factory.Services, ["export", "audits", "--output", file, "--la", "Brightwater", "--setting", "EY100001"]));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

public sealed class AuditTransferCommandTestsOnSqlite(SqliteFixture app) : AuditTransferCommandTests<SqliteFixture>(app);

public sealed class AuditTransferCommandTestsOnPostgres(PostgresFixture app) : AuditTransferCommandTests<PostgresFixture>(app);
