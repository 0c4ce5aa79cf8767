using Ascent.Tests.Domain.Frameworks;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Instruments;

/// The instruments an LA records with are resolved many times a request (a list, a results page, an export): its
/// uploads are read from the database once per request, and an upload in the same request is seen at once.
public abstract class InstrumentDefinitionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly string Leadership = File.ReadAllText(Path.Combine(Path.GetDirectoryName(FrameworkFiles.ShippedDirectory)!, "instruments", "leadership.yaml"));

    [Fact]
    public async Task ResolvingEveryInstrument_SendsOneQueryForTheUploads_AndAnUploadIsSeenAtOnce()
    {
        var tenant = app.World.TenantAId;
        await app.WithDbAsync(async (_, services) =>
            await services.GetRequiredService<InstrumentDefinitions>().UploadAsync(tenant, Version("2"), "leadership.yaml", "Ada Admin", app.Time.GetUtcNow()));
        // A first request reads the upload's file and keeps its parse, as any request after the upload would.
        await app.WithDbAsync(async (_, services) => await services.GetRequiredService<InstrumentDefinitions>().CurrentForTenantAsync(tenant, "leadership"));

        var (commands, resolved, all, versionOne, afterUpload) = await app.WithDbAsync(async (_, services) =>
        {
            var definitions = services.GetRequiredService<InstrumentDefinitions>();
            var codes = services.GetRequiredService<InstrumentCatalogue>().All.Select(i => i.Code).ToList();
            List<InstrumentDefinition?> resolved = [];
            IReadOnlyList<string> commands;
            IReadOnlyList<InstrumentDefinition> all;
            InstrumentDefinition? versionOne;
            using (var log = CommandLog.Start())
            {
                foreach (var code in codes)
                    resolved.Add(await definitions.CurrentForTenantAsync(tenant, code));
                all = await definitions.CurrentForTenantAsync(tenant);
                versionOne = await definitions.VersionForTenantAsync(tenant, "leadership", "1");
                commands = log.Commands;
            }

            await definitions.UploadAsync(tenant, Version("3"), "leadership.yaml", "Ada Admin", app.Time.GetUtcNow());
            return (commands, resolved, all, versionOne, await definitions.CurrentForTenantAsync(tenant, "leadership"));
        });

        Assert.True(resolved.Count >= 10, $"only {resolved.Count} instruments resolved");
        Assert.All(resolved, Assert.NotNull);
        Assert.Single(commands, c => c.Contains("InstrumentUploads", StringComparison.Ordinal));
        Assert.Single(commands);
        Assert.Equal("2", resolved.Single(i => i!.Code == "leadership")!.Version);
        Assert.Equal("2", all.Single(i => i.Code == "leadership").Version);
        Assert.Equal("1", versionOne!.Version);
        Assert.Equal("3", afterUpload!.Version);
    }

    private static string Version(string version) => Leadership.Replace("version: \"1\"", $"version: \"{version}\"", StringComparison.Ordinal);
}

public sealed class InstrumentDefinitionsTestsOnSqlite(SqliteFixture app) : InstrumentDefinitionsTests<SqliteFixture>(app);

public sealed class InstrumentDefinitionsTestsOnPostgres(PostgresFixture app) : InstrumentDefinitionsTests<PostgresFixture>(app);
