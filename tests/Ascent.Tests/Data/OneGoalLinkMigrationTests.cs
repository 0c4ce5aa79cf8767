using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Data;

/// Goals accepted from a questionnaire round were once kept in QuestionnaireGoals. The OneGoalLink migration makes
/// each an AuditGoal of the round's audit, keyed as an audit's item is, and gives its goal the round as its source.
/// (A class of its own: it takes its database back a migration and forward again.)
public abstract class OneGoalLinkMigrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AGoalAcceptedFromAQuestionnaireRound_BecomesAnAuditGoalOfTheRoundsAudit_AndLinksBackToIt()
    {
        var settingId = app.World.SettingA1Id;
        var (roundId, auditId, goalId) = await app.WithDbAsync(async (db, services) =>
        {
            var instrument = services.GetRequiredService<InstrumentCatalogue>().Get("staff-questionnaire");
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId);
            var at = app.Time.GetUtcNow();
            var audit = new Ascent.Web.Domain.Instruments.Audit(setting, null, instrument, AuditMode.ItemScores, new DateOnly(2026, 11, 16), "Olu Owner", at);
            var (round, _) = QuestionnaireRound.Start(audit, instrument, new DateOnly(2026, 11, 30), at);
            var goal = new PlanGoal(setting, GoalSource.Own, "Olu Owner", at);
            goal.Describe("More people agree that their workload is manageable", null, null, null, GoalPriority.Medium, null, null);
            db.Audits.Add(audit);
            db.QuestionnaireRounds.Add(round);
            db.PlanGoals.Add(goal);
            await db.SaveChangesAsync();
            return (round.Id, audit.Id, goal.Id);
        });

        await app.WithDbAsync(async (db, _) =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var link = migrations.FindIndex(m => m.EndsWith("_OneGoalLink", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[link - 1]);
            // As the questionnaire's results page saved it then.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "QuestionnaireGoals" ("TenantId", "SettingId", "RoundId", "ItemNumber", "PlanGoalId")
                SELECT "TenantId", "SettingId", {roundId}, '9', {goalId} FROM "QuestionnaireRounds" WHERE "Id" = {roundId}
                """);
            await migrator.MigrateAsync();
            return 0;
        });

        var (links, goal) = await app.WithDbAsync(async (db, _) =>
            (await db.AuditGoals.IgnoreQueryFilters().Where(g => g.AuditId == auditId).ToListAsync(), await db.PlanGoals.IgnoreQueryFilters().SingleAsync(g => g.Id == goalId)));
        var only = Assert.Single(links);
        Assert.Equal(("item-9", goalId), (only.SuggestionKey, only.PlanGoalId));
        Assert.Equal((GoalSourceKind.Audit, (int?)auditId), (goal.SourceKind, goal.SourceId));
        Assert.Equal("From the results of a questionnaire round", goal.SourceText);
    }
}

public sealed class OneGoalLinkMigrationTestsOnSqlite(SqliteFixture app) : OneGoalLinkMigrationTests<SqliteFixture>(app);

public sealed class OneGoalLinkMigrationTestsOnPostgres(PostgresFixture app) : OneGoalLinkMigrationTests<PostgresFixture>(app);
