using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Improvement.Goal;

/// The LA comments on a plan goal, and the setting's owner is told.
public abstract class GoalCommentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Adviser_CommentsOnAGoal_AndTheSettingsOwnerIsTold_ButNotItsPractitioners()
    {
        var goalId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var goal = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("Healthy snacks every day", null, null, null, GoalPriority.Low, null, null);
            db.PlanGoals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var commented = await adviser.SubmitAsync(await adviser.GetAsync($"/plan-goals/{goalId}"), new Dictionary<string, string> { ["NoteText"] = "Try a snack rota" }, "main form[action*='handler=Note']");
        Assert.Contains("Comment added. The setting can see it.", commented.Text, StringComparison.Ordinal);

        var ownerId = app.World.UserIds[TestWorld.OwnerA1];
        var practitionerId = app.World.UserIds[TestWorld.PractitionerA1];
        var notification = await app.WithDbAsync((db, _) => db.Notifications.SingleAsync(n => n.UserId == ownerId && n.Link == $"/plan-goals/{goalId}"));
        Assert.Contains("Healthy snacks every day", notification.Text, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync((db, _) => db.Notifications.AnyAsync(n => n.UserId == practitionerId && n.Link == $"/plan-goals/{goalId}")));

        // The setting's own progress notes tell nobody.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        await owner.SubmitAsync(await owner.GetAsync($"/plan-goals/{goalId}"), new Dictionary<string, string> { ["NoteText"] = "Rota started" }, "main form[action*='handler=Note']");
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Notifications.CountAsync(n => n.Link == $"/plan-goals/{goalId}")));
    }
}

public sealed class GoalCommentTestsOnSqlite(SqliteFixture app) : GoalCommentTests<SqliteFixture>(app);

public sealed class GoalCommentTestsOnPostgres(PostgresFixture app) : GoalCommentTests<PostgresFixture>(app);
