using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Notifications;

public abstract class NotificationsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private Task<long[]> NotifyAsync(string email, params string[] texts) => app.WithDbAsync(async (db, _) =>
    {
        var userId = app.World.UserIds[email];
        var tenantId = await db.Users.Where(u => u.Id == userId).Select(u => u.TenantId).SingleAsync() ?? app.World.TenantAId;
        var notifications = texts.Select(t => new Notification(tenantId, userId, t, "/cases/1", app.Time.GetUtcNow(), email: false)).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync();
        return notifications.Select(n => n.Id).ToArray();
    });

    [Fact]
    public async Task Notifications_ListOnlyYourOwn_AndTheHeaderCountsTheUnread()
    {
        await NotifyAsync(TestWorld.AdviserA, "Visit Acorn is due tomorrow", "Phone Bramble is overdue");
        await NotifyAsync(TestWorld.OwnerA1, "Someone else's reminder");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdviserA);

        var page = await browser.GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Notifications", page.Heading);
        Assert.Contains("Visit Acorn is due tomorrow", page.Text, StringComparison.Ordinal);
        Assert.Contains("Phone Bramble is overdue", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else&#x27;s reminder", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else's reminder", page.Text, StringComparison.Ordinal);
        Assert.Contains("Notifications (2)", page.Document.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkAsRead_AndMarkAllAsRead_ClearTheUnreadCount()
    {
        await NotifyAsync(TestWorld.PractitionerA1, "First", "Second", "Third");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.PractitionerA1);
        var page = await browser.GetAsync("/notifications");
        Assert.Contains("Notifications (3)", page.Document.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);

        page = await browser.SubmitAsync(page, formSelector: "main form[action$='handler=Read']");
        Assert.Contains("Notification marked as read", page.Text, StringComparison.Ordinal);
        Assert.Contains("Notifications (2)", page.Document.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);

        page = await browser.SubmitAsync(page, formSelector: "main form[action$='handler=ReadAll']");
        Assert.Contains("2 notifications marked as read", page.Text, StringComparison.Ordinal);
        Assert.Contains("0 unread notifications", page.Text, StringComparison.Ordinal);
        var nav = page.Document.QuerySelector("nav")!.TextContent;
        Assert.Contains("Notifications", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("Notifications (", nav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElsesNotification_CannotBeMarkedAsRead()
    {
        var theirs = (await NotifyAsync(TestWorld.OwnerA2, "Not yours"))[0];
        await NotifyAsync(TestWorld.AdminA, "Yours");
        using var browser = app.NewBrowser();
        await browser.SignInAsync(TestWorld.AdminA);
        var page = await browser.GetAsync("/notifications");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.Document.QuerySelector("main form[action$='handler=Read']")!;
        var fields = Browser.FormFields(form);
        fields.RemoveAll(f => f.Key == "id");
        fields.Add(new("id", theirs.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var post = await browser.PostAsync(form.GetAttribute("action")!, fields);

        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Null(await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.Id == theirs).Select(n => n.ReadAt).SingleAsync()));
    }
}

public sealed class NotificationsTestsOnSqlite(SqliteFixture app) : NotificationsTests<SqliteFixture>(app);

public sealed class NotificationsTestsOnPostgres(PostgresFixture app) : NotificationsTests<PostgresFixture>(app);
