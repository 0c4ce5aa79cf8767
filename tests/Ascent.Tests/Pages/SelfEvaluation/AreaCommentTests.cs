using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Improvement;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.SelfEvaluation;

/// The LA comments on the areas of a setting's self-evaluation, and the setting's leaders are told.
public abstract class AreaCommentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Adviser_CommentsOnAnArea_AndTheSettingsLeadersAreToldAndSeeIt_ButSettingStaffCannotComment()
    {
        var settingId = app.World.SettingA2Id;
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA2);
        await owner.SubmitAsync(await owner.GetAsync($"/settings/{settingId}/self-evaluation"), formSelector: "main form[action*='handler=Start']");
        var evaluationId = await app.WithDbAsync((db, _) => db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.SettingId == settingId).Select(e => e.Id).SingleAsync());
        var view = $"/self-evaluations/{evaluationId}";
        Assert.Empty((await owner.GetAsync(view)).Document.QuerySelectorAll("main form[action*='handler=Comment']"));

        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var page = await adviser.GetAsync(view);
        var empty = await adviser.SubmitAsync(page, new Dictionary<string, string> { ["area"] = "inclusion" }, "main form[action*='handler=Comment']");
        Assert.Contains("Enter your comment on Inclusion", empty.ErrorMessages);
        var added = await adviser.SubmitAsync(page, new Dictionary<string, string> { ["area"] = "inclusion", ["Comments[inclusion]"] = "Say how you know the EAL support works" }, "main form[action*='handler=Comment']");
        Assert.Contains("Comment added. The setting can see it.", added.Text, StringComparison.Ordinal);

        var ownerId = app.World.UserIds[TestWorld.OwnerA2];
        var notification = await app.WithDbAsync((db, _) => db.Notifications.SingleAsync(n => n.UserId == ownerId && n.Text.Contains("commented on Inclusion")));
        Assert.Equal($"/settings/{settingId}/self-evaluation/inclusion", notification.Link);
        Assert.True(notification.EmailPending);
        var area = await owner.GetAsync(notification.Link!);
        Assert.Contains("Comments from the local authority", area.Text, StringComparison.Ordinal);
        Assert.Contains("Say how you know the EAL support works", area.Text, StringComparison.Ordinal);
        Assert.Contains("Ari Adviser", area.Text, StringComparison.Ordinal);

        // A setting's own staff post to the comment handler in vain.
        var token = area.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        await owner.PostAsync($"{view}?handler=Comment", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["area"] = "inclusion",
            ["Comments[inclusion]"] = "Commenting on ourselves",
        });
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.SelfEvaluationComments.IgnoreQueryFilters().CountAsync(c => c.EvaluationId == evaluationId)));
    }
}

public sealed class AreaCommentTestsOnSqlite(SqliteFixture app) : AreaCommentTests<SqliteFixture>(app);

public sealed class AreaCommentTestsOnPostgres(PostgresFixture app) : AreaCommentTests<PostgresFixture>(app);
