using System.Diagnostics;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.QualityMark;

/// The impact report's inputs read from real rows: the LA's own settings only, their inspections up to the date with
/// their grades, and accreditation periods that end when an accreditation lapses; in four queries.
public abstract class ImpactInputsReaderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static readonly DateOnly At = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);

    [Fact]
    public async Task Inputs_AreTheLasOwnSettings_WithInspectionsAndAccreditationPeriods()
    {
        await ImpactWorld.ArrangeAsync(app);
        var (settings, queries) = await app.WithDbAsync<(List<ImpactSetting>, int)>(async (db, services) =>
        {
            var reader = new ImpactInputsReader(db, services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>());
            using var counter = new CommandCounter(db);
            var read = await reader.ReadAsync(app.World.TenantAId, At, CancellationToken.None);
            return (read, counter.Count);
        });

        Assert.Equal(4, queries);
        Assert.Equal([app.World.SettingA1Id, app.World.SettingA2Id], settings.Select(s => s.SettingId).Order());
        var a1 = settings.Single(s => s.SettingId == app.World.SettingA1Id);
        var a2 = settings.Single(s => s.SettingId == app.World.SettingA2Id);
        Assert.Equal((SectorGroup.PrivateVoluntaryIndependent, SectorGroup.Maintained), (a1.Sector, a2.Sector));
        Assert.Equal(["2", "1"], a1.Inspections.OrderBy(i => i.InspectedOn).Select(i => i.OverallGrade));
        Assert.True(a1.IsAccreditedOn(At));
        // Lapsed before the date: counted with the other settings then, accredited while it stood.
        Assert.False(a2.IsAccreditedOn(At));
        Assert.True(a2.IsAccreditedOn(new DateOnly(2024, 9, 1)));
        Assert.Equal(new AccreditationPeriod(ImpactWorld.Awarded, ImpactWorld.Lapsed), Assert.Single(a2.Accreditations));

        // An earlier date leaves out the later inspection.
        var before = await app.WithDbAsync((db, services) =>
            new ImpactInputsReader(db, services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>())
                .ReadAsync(app.World.TenantAId, new DateOnly(2024, 1, 1), CancellationToken.None));
        Assert.Single(before.Single(s => s.SettingId == app.World.SettingA1Id).Inspections);
    }

    [Fact]
    public async Task Report_CountsAccreditedAgainstOtherSettings_OfTheLaOnly()
    {
        await ImpactWorld.ArrangeAsync(app);
        var report = await app.WithDbAsync((_, services) =>
            services.GetRequiredService<ImpactInputsReader>().ReportAsync(app.World.TenantAId, At, CancellationToken.None));

        Assert.Equal(TestWorld.TenantA, report.LocalAuthority);
        var all = report.Tables.Grades[0];
        Assert.Equal((1, 1), (all.Accredited.Settings, all.Other.Settings));
        Assert.Equal(new Share(1, 1), all.Accredited.Outstanding);
        Assert.Equal(1, all.Other.NotInspected);
        var overall = report.Tables.Improvement.Rows[0];
        Assert.Equal(new Share(1, 1), overall.Accredited.Improved);
        Assert.Equal(new Share(0, 0), overall.Other.Improved);
    }

    /// Counts the commands one context sends to its database while it is alive.
    private sealed class CommandCounter : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly Microsoft.EntityFrameworkCore.DbContext _context;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(Microsoft.EntityFrameworkCore.DbContext context)
        {
            _context = context;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                    _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && data.Context == _context)
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                foreach (var subscription in _subscriptions)
                    subscription.Dispose();
            }
        }
    }
}

public sealed class ImpactInputsReaderTestsOnSqlite(SqliteFixture app) : ImpactInputsReaderTests<SqliteFixture>(app);

public sealed class ImpactInputsReaderTestsOnPostgres(PostgresFixture app) : ImpactInputsReaderTests<PostgresFixture>(app);
