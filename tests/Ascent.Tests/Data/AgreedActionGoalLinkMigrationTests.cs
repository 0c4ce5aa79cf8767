using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ascent.Tests.Data;

/// Agreed actions written before actions were linked to goals named their goal in words. The AgreedActionGoalLink
/// migration links each to the setting's goal with that title and keeps the others' words, shown as not linked.
/// (A class of its own: it takes its database back a migration and forward again.)
public abstract class AgreedActionGoalLinkMigrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AnActionNamingAGoalInWords_IsLinkedToTheGoalWithThatTitle_OrKeepsItsWords()
    {
        var settingId = app.World.SettingA1Id;
        var (goalId, visitId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var closed = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            closed.Describe("Key-person system", null, null, null, GoalPriority.Medium, null, null);
            closed.ChangeStatus(GoalStatus.Achieved, null, new DateOnly(2026, 10, 1));
            var goal = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("Key-person system", null, null, null, GoalPriority.Medium, null, null);
            db.PlanGoals.AddRange(closed, goal);
            var visit = new Visit(setting, VisitPurposes.AnnualConversation, "Annual conversation",
                new VisitSchedule(new DateOnly(2026, 11, 10), new TimeOnly(10, 0), 60, "Europe/London", VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            db.Visits.Add(visit);
            var note = new VisitNote(visit, Guid.Empty, "Ada Adviser", NoteTemplateDefaults.For(setting.TenantId, VisitPurposes.AnnualConversation), app.Time.GetUtcNow());
            note.Actions.Add(new AgreedAction(note, "Give every child a key person", VisitParty.Setting, new DateOnly(2026, 12, 1), ActionGoal.None, 0));
            note.Actions.Add(new AgreedAction(note, "Rewrite the settling-in policy", VisitParty.Setting, new DateOnly(2026, 12, 1), ActionGoal.None, 1));
            note.Issue("Ada Adviser", new DateOnly(2026, 11, 12), app.Time.GetUtcNow());
            db.VisitNotes.Add(note);
            await db.SaveChangesAsync();
            return (goal.Id, visit.Id);
        });

        await app.WithDbAsync(async (db, _) =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var link = migrations.FindIndex(m => m.EndsWith("_AgreedActionGoalLink", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[link - 1]);
            // As the note's form saved it then: the goal named in words.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AgreedActions" SET "PlanGoal" = ' key-person SYSTEM ' WHERE "Text" = 'Give every child a key person'""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AgreedActions" SET "PlanGoal" = 'Settling in' WHERE "Text" = 'Rewrite the settling-in policy'""");
            await migrator.MigrateAsync();
            return 0;
        });

        var actions = await app.WithDbAsync((db, _) => db.AgreedActions.IgnoreQueryFilters().Where(a => a.Note!.VisitId == visitId).OrderBy(a => a.Position).ToListAsync());
        Assert.Equal([(goalId, "Key-person system"), (null, "Settling in")], actions.Select(a => (a.PlanGoalId, a.PlanGoalTitle)));
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var plan = await owner.GetAsync($"/settings/{settingId}/plan");
        Assert.Contains("Goal: Key-person system", plan.Document.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()));
        var unlinked = plan.Document.QuerySelectorAll("main li").Single(li => li.TextContent.Contains("Rewrite the settling-in policy", StringComparison.Ordinal));
        Assert.Contains("Rewrite the settling-in policy, due 1 December 2026 (the note named the goal “Settling in”)", unlinked.TextContent, StringComparison.Ordinal);
        Assert.Contains("Give every child a key person", (await owner.GetAsync($"/plan-goals/{goalId}")).Text, StringComparison.Ordinal);

        // The setting makes a goal from the action not linked: the goal the note named is its outcome, the action its
        // issue; the action is then listed under it.
        var form = await owner.GetAsync(unlinked.QuerySelector("a[href*='FromAction=']")!.GetAttribute("href")!);
        Assert.Equal("Settling in", form.Document.QuerySelector("#Outcome")!.TextContent.Trim());
        var made = await owner.SubmitAsync(form);
        Assert.Empty(made.ErrorMessages);
        var linked = await app.WithDbAsync((db, _) => db.AgreedActions.IgnoreQueryFilters().Include(a => a.Goal).SingleAsync(a => a.Text == "Rewrite the settling-in policy"));
        Assert.Equal(("Settling in", "Rewrite the settling-in policy", GoalSourceKind.VisitAgreedAction), (linked.Goal?.Outcome, linked.Goal?.Issue, linked.Goal?.SourceKind));
        Assert.Null((await owner.GetAsync($"/settings/{settingId}/plan")).Document.QuerySelector("main a[href*='FromAction=']"));
    }
}

public sealed class AgreedActionGoalLinkMigrationTestsOnSqlite(SqliteFixture app) : AgreedActionGoalLinkMigrationTests<SqliteFixture>(app);

public sealed class AgreedActionGoalLinkMigrationTestsOnPostgres(PostgresFixture app) : AgreedActionGoalLinkMigrationTests<PostgresFixture>(app);
