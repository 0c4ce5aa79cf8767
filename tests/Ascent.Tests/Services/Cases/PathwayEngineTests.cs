using System.Text.Json;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Services.Cases;

public abstract class PathwayEngineTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    // Friday 18 December 2026: three working days later is Wednesday 23rd; five skips Christmas Day and the
    // Boxing Day substitute (Monday 28th) and lands on Tuesday 29th.
    private static readonly DateTimeOffset FridayBeforeChristmas = new(2026, 12, 18, 9, 0, 0, TimeSpan.Zero);

    private async Task<long> RaiseAsync(int settingId, string type, object payload, DateTimeOffset at) => await app.WithDbAsync(async (db, _) =>
    {
        var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
        var change = new ChangeEvent(setting.TenantId, setting.Id, type, $"{setting.Name}: {type}", JsonSerializer.Serialize(payload), at, null);
        db.ChangeEvents.Add(change);
        await db.SaveChangesAsync();
        return change.Id;
    });

    private Task<int> ProcessAsync() => PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);

    private Task<List<SupportCase>> CasesAsync(int settingId) => app.WithDbAsync((db, _) =>
        db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).Where(c => c.SettingId == settingId).OrderBy(c => c.Id).ToListAsync());

    private static object Judgement(string overall, DateOnly date) =>
        new { FrameworkCode = "ofsted-eif-2019", Number = "1" + date.DayNumber, Date = date, InspectionType = "Full inspection", OverallGrade = overall, Grades = new Dictionary<string, string> { ["overall"] = overall } };

    [Fact]
    public async Task RequiresImprovement_OpensOneCase_WithWorkingDayDeadlines_AcrossChristmas()
    {
        var eventId = await RaiseAsync(app.World.SettingA1Id, ChangeEventTypes.NewJudgement, Judgement("3", new DateOnly(2026, 12, 1)), FridayBeforeChristmas);
        await ProcessAsync();
        await ProcessAsync();

        var supportCase = Assert.Single(await CasesAsync(app.World.SettingA1Id), c => c.TriggerEventId == eventId);
        Assert.Equal("requires-improvement", supportCase.PathwayCode);
        Assert.Equal(CaseStatus.Open, supportCase.Status);
        var due = supportCase.Tasks.ToDictionary(t => t.Key, t => t.DueOn);
        Assert.Equal(new DateOnly(2026, 12, 23), due["allocate-adviser"]);
        Assert.Equal(new DateOnly(2026, 12, 29), due["contact-setting"]);
        Assert.Equal("Senior Improvement Adviser", supportCase.Tasks.Single(t => t.Key == "allocate-adviser").OwnerRole);
        Assert.Contains(supportCase.Tasks, t => t.Key == "visit-1" && t.Details!.Contains("Review the SAWR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inadequate_AllocatesTheSameDay_AndAGoodJudgementLater_ClosesIt_AndEnrolsAnAnnualConversation()
    {
        var saturday = new DateTimeOffset(2027, 3, 27, 10, 0, 0, TimeSpan.Zero); // Easter Saturday 2027
        await RaiseAsync(app.World.SettingA2Id, ChangeEventTypes.NewJudgement, Judgement("4", new DateOnly(2027, 3, 20)), saturday);
        await ProcessAsync();
        var inadequate = Assert.Single(await CasesAsync(app.World.SettingA2Id), c => c.PathwayCode == "inadequate");
        // Notified on Easter Saturday: "the same day" is the next working day, Tuesday after Easter Monday.
        Assert.Equal(new DateOnly(2027, 3, 30), inadequate.Tasks.Single(t => t.Key == "allocate-adviser").DueOn);
        Assert.Equal(new DateOnly(2027, 3, 31), inadequate.Tasks.Single(t => t.Key == "contact-setting").DueOn);

        await RaiseAsync(app.World.SettingA2Id, ChangeEventTypes.NewJudgement, Judgement("2", new DateOnly(2027, 9, 1)), new DateTimeOffset(2027, 9, 10, 9, 0, 0, TimeSpan.Zero));
        await ProcessAsync();
        var cases = await CasesAsync(app.World.SettingA2Id);
        var closed = cases.Single(c => c.Id == inadequate.Id);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Contains("good or better", closed.ClosedReason, StringComparison.Ordinal);
        Assert.All(closed.Tasks, t => Assert.NotEqual(CaseTaskState.Open, t.State));
        Assert.Single(cases, c => c.PathwayCode == "annual-conversation" && c.Status == CaseStatus.Open);
    }

    [Fact]
    public async Task ANewRegistration_AndAWelfareRequirementsNotice_OpenTheirPathways()
    {
        await RaiseAsync(app.World.SettingB1Id, ChangeEventTypes.NewRegistration, new { Reference = "EY200001" }, FridayBeforeChristmas);
        await RaiseAsync(app.World.SettingB1Id, ChangeEventTypes.Enforcement, new { Kind = EnforcementKind.WelfareRequirementsNotice, Date = new DateOnly(2026, 12, 17) }, FridayBeforeChristmas);
        await ProcessAsync();
        var codes = (await CasesAsync(app.World.SettingB1Id)).Select(c => c.PathwayCode).ToList();
        Assert.Contains("newly-registered", codes);
        Assert.Contains("welfare-requirements-notice", codes);
    }
}

public sealed class PathwayEngineTestsOnSqlite(SqliteFixture app) : PathwayEngineTests<SqliteFixture>(app);

public sealed class PathwayEngineTestsOnPostgres(PostgresFixture app) : PathwayEngineTests<PostgresFixture>(app);
