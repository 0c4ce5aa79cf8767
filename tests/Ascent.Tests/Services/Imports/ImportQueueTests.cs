using System.Text;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports;

/// Two Ascent nodes on one database, as behind a load balancer: an upload on one waits in the database and is run
/// exactly once, by whichever node claims it.
public abstract class ImportQueueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture, ITwoNodes
{
    private static ImportQueueWorker JobOf(AscentFactory node) => node.Services.GetRequiredService<ImportQueueWorker>();

    [Fact]
    public async Task AnUploadOnOneNode_IsImportedOnce_AndEitherNodeShowsTheResult()
    {
        var second = app.SecondNode;
        using var onFirst = app.NewBrowser();
        await onFirst.SignInAsync(TestWorld.AdminA);
        var csv = Csv(
            Row(("Provider URN", "EY100001"), ("Provider name", "Acorn Day Nursery"), ("Local authority", "Ashdown")),
            Row(("Provider URN", "EY100002"), ("Provider name", "Bramble Pre-school"), ("Local authority", "Ashdown")),
            Row(("Provider URN", "EY930001"), ("Provider name", "Two Node Nursery"), ("Local authority", "Ashdown")));
        var page = await onFirst.UploadAsync(await onFirst.GetAsync("/imports"), new Dictionary<string, string> { ["Source"] = "ofsted" }, "Files", ("providers.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Matches("^/imports/check/[0-9]+$", page.Url);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Settings.CountAsync(s => s.Reference == "EY930001")));
        page = await onFirst.SubmitAsync(page);
        Assert.Matches("^/imports/[0-9]+$", page.Url);
        var runId = long.Parse(page.Url["/imports/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        // Both nodes look for work at once; the first node was woken by the upload already.
        JobOf(second).Wake();
        var tries = await Task.WhenAll(JobOf(app.Factory).RunNextAsync(CancellationToken.None), JobOf(second).RunNextAsync(CancellationToken.None));

        var run = await WaitUntilFinishedAsync(runId);
        Assert.Equal(ImportStatus.Succeeded, run.Status);
        Assert.Equal("3 rows: 1 added, 2 updated, 0 unchanged, 0 rejected", run.Summary);
        Assert.True(run.Holder == JobOf(app.Factory).Holder || run.Holder == JobOf(second).Holder, run.Holder);
        Assert.True(tries.Count(t => t) <= 1);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Settings.CountAsync(s => s.Reference == "EY930001")));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ImportUploads.CountAsync(u => u.ImportRunId == runId)));

        // The result shows on the other node's page, signed in there.
        using var onSecond = new Browser(second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }), app);
        await onSecond.SignInAsync(TestWorld.AdminA);
        var result = await onSecond.GetAsync($"/imports/{runId}");
        Assert.Contains("3 rows: 1 added, 2 updated, 0 unchanged, 0 rejected", result.Text, StringComparison.Ordinal);
        Assert.Null(result.Document.QuerySelector("meta[http-equiv='refresh']"));
    }

    [Fact]
    public async Task AQueuedRun_IsClaimedByExactlyOneOfManyRacingClaims()
    {
        var runId = await app.WithDbAsync(async (db, _) =>
        {
            var queued = ImportRun.Uploaded(app.World.TenantAId, "ofsted", "race.csv", "Test", app.Time.GetUtcNow());
            queued.Queue(confirmedLeavers: null);
            db.ImportRuns.Add(queued);
            await db.SaveChangesAsync();
            return queued.Id;
        });
        var jobs = new[] { JobOf(app.Factory), JobOf(app.SecondNode) };
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => jobs[i % 2].ClaimNextAsync(CancellationToken.None)));

        var run = await app.WithDbAsync((db, _) => db.ImportRuns.SingleAsync(r => r.Id == runId));
        // The nodes' own background loops race too; whoever won, it was one claim.
        Assert.True(claims.Count(c => c == runId) <= 1);
        Assert.NotEqual(ImportStatus.Queued, run.Status);
        Assert.NotNull(run.Holder);
        if (claims.Contains(runId))
        {
            var winner = Array.FindIndex(claims, c => c == runId);
            Assert.Equal(jobs[winner % 2].Holder, run.Holder);
            // Nobody runs this one: record it as failed so the queue moves on.
            await app.WithDbAsync((db, _) => db.ImportRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ImportStatus.Failed)));
        }

        await WaitUntilFinishedAsync(runId);
    }

    private async Task<ImportRun> WaitUntilFinishedAsync(long runId)
    {
        for (var i = 0; i < 240; i++)
        {
            // Finished: the run is recorded and the node that ran it has let go of its files (just after recording it).
            var (run, files) = await app.WithDbAsync(async (db, _) =>
                (await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == runId), await db.ImportUploads.CountAsync(u => u.ImportRunId == runId)));
            if (run.IsFinished && files == 0)
                return run;
            await Task.Delay(250);
        }

        throw new TimeoutException($"Import run {runId} did not finish.");
    }
}

public interface ITwoNodes
{
    AscentFactory SecondNode { get; }
}

/// A second Ascent on the fixture's database, with the same configuration and clock.
public sealed class TwoNodesOnSqlite : SqliteFixture, ITwoNodes
{
    private Dictionary<string, string?> _settings = [];
    private AscentFactory? _second;

    public AscentFactory SecondNode => _second ??= Started(new AscentFactory(_settings, Time));

    protected override void Configure(Dictionary<string, string?> settings) => _settings = settings;

    public override async Task DisposeAsync()
    {
        if (_second is not null)
            await _second.DisposeAsync();
        await base.DisposeAsync();
    }

    private static AscentFactory Started(AscentFactory factory)
    {
        _ = factory.Server;
        return factory;
    }
}

public sealed class TwoNodesOnPostgres : PostgresFixture, ITwoNodes
{
    private Dictionary<string, string?> _settings = [];
    private AscentFactory? _second;

    public AscentFactory SecondNode => _second ??= Started(new AscentFactory(_settings, Time));

    protected override void Configure(Dictionary<string, string?> settings) => _settings = settings;

    public override async Task DisposeAsync()
    {
        if (_second is not null)
            await _second.DisposeAsync();
        await base.DisposeAsync();
    }

    private static AscentFactory Started(AscentFactory factory)
    {
        _ = factory.Server;
        return factory;
    }
}

public sealed class ImportQueueTestsOnSqlite(TwoNodesOnSqlite app) : ImportQueueTests<TwoNodesOnSqlite>(app);

public sealed class ImportQueueTestsOnPostgres(TwoNodesOnPostgres app) : ImportQueueTests<TwoNodesOnPostgres>(app);
