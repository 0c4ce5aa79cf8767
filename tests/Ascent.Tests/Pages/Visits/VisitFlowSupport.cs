using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Tests.Pages.Visits;

/// Steps the visit tests share: a case opened by a judgement and allocated to the test adviser, a visit planned
/// from its plan through the page, and reading what the SMTP server received.
internal static class VisitFlowSupport
{
    public static async Task<SupportCase> OpenAllocatedCaseAsync(AscentFixture app, int settingId, string overall)
    {
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            if (!await db.SchoolTerms.IgnoreQueryFilters().AnyAsync(t => t.TenantId == setting.TenantId))
                db.SchoolTerms.Add(new SchoolTerm(setting.TenantId, "Autumn 2026", new DateOnly(2026, 9, 2), new DateOnly(2026, 12, 18)));
            var payload = JsonSerializer.Serialize(new { FrameworkCode = "ofsted-eif-2019", Date = new DateOnly(2026, 11, 2), OverallGrade = overall, Grades = new Dictionary<string, string> { ["overall"] = overall } });
            db.ChangeEvents.Add(new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement, "judged", payload, app.Time.GetUtcNow(), null));
            return await db.SaveChangesAsync();
        });
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        return await app.WithDbAsync(async (db, _) =>
        {
            var supportCase = await db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).Where(c => c.SettingId == settingId && c.Status == CaseStatus.Open).OrderByDescending(c => c.Id).FirstAsync();
            var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
            supportCase.Allocate(adviser.Id, adviser.DisplayName);
            foreach (var task in supportCase.Tasks.Where(t => t.OwnerRole == "Improvement Adviser"))
                task.AssignTo(adviser.Id, adviser.DisplayName);
            await db.SaveChangesAsync();
            return supportCase;
        });
    }

    public static Task<CaseTask> OpenVisitTaskAsync(AscentFixture app, int caseId) =>
        app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().SingleAsync(t => t.CaseId == caseId && t.Kind == "visit" && t.State == CaseTaskState.Open));

    public static void MoveClockTo(AscentFixture app, DateTimeOffset at)
    {
        if (app.Time.GetUtcNow() < at)
            app.Time.SetUtcNow(at);
    }

    /// Plans the case's open visit on the given day at a time, through the plan page; returns the visit's id.
    public static async Task<int> PlanCaseVisitAsync(AscentFixture app, Browser adviser, SupportCase supportCase, DateOnly on, string time)
    {
        var task = await OpenVisitTaskAsync(app, supportCase.Id);
        var taskPage = await adviser.GetAsync($"/cases/{supportCase.Id}/tasks/{task.Id}");
        var link = taskPage.Document.QuerySelectorAll<IHtmlAnchorElement>("main a").Single(a => a.TextContent.Trim() == "Plan this visit");
        var plan = await adviser.GetAsync(link.GetAttribute("href")!);
        var planned = await adviser.SubmitAsync(plan, new Dictionary<string, string>
        {
            ["Schedule.Date.Day"] = on.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Schedule.Date.Month"] = on.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Schedule.Date.Year"] = on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Schedule.Time"] = time,
            ["Schedule.Location"] = "Acorn Day Nursery, 1 High Street",
            ["Schedule.Agenda"] = "1. Ofsted actions\n2. Improvement plan",
        });
        Assert.Empty(planned.ErrorMessages);
        Assert.Contains("The setting has been sent an invitation", planned.Text, StringComparison.Ordinal);
        return int.Parse(planned.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task RecordHeldAsync(Browser adviser, int visitId)
    {
        var page = await adviser.GetAsync($"/visits/{visitId}");
        var held = await adviser.SubmitAsync(page, formSelector: "main form[action*='handler=Held']");
        Assert.Empty(held.ErrorMessages);
        Assert.True(held.Text.Contains("Visit recorded as held", StringComparison.Ordinal), $"{held.Status} {held.Url} {held.Heading}");
    }

    /// Starts the note from the visit page and returns the note page.
    public static async Task<Page> StartNoteAsync(Browser adviser, int visitId)
    {
        var page = await adviser.GetAsync($"/visits/{visitId}");
        var note = await adviser.SubmitAsync(page, formSelector: "main form[action*='handler=Start']");
        Assert.Equal($"/visits/{visitId}/note", new Uri(new Uri("http://localhost"), note.Url).AbsolutePath);
        return note;
    }

    /// Posts the note page's form to a handler (the Issue and review buttons use formaction).
    public static Task<Page> PostNoteAsync(Browser browser, Page notePage, string? handler, IDictionary<string, string> values)
    {
        var form = notePage.Document.QuerySelector<IHtmlFormElement>("main form")!;
        var fields = Browser.FormFields(form);
        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        var path = new Uri(new Uri("http://localhost"), notePage.Url).AbsolutePath;
        return browser.PostAsync(handler is null ? path : $"{path}?handler={handler}", fields);
    }

    /// An action row of the note's form; a setting's action is part of no goal of the plan unless one is given.
    public static Dictionary<string, string> Action(int index, string text, string owner, DateOnly due, string? goal = null) => new()
    {
        [$"Actions[{index}].Text"] = text,
        [$"Actions[{index}].Owner"] = owner,
        [$"Actions[{index}].Due.Day"] = due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Actions[{index}].Due.Month"] = due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Actions[{index}].Due.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Actions[{index}].Goal"] = goal ?? (owner == "Setting" ? "none" : ""),
    };

    /// The first e-mail whose subject starts so and that links to the visit (other tests in the class send alike).
    public static Task<MimeMessage> MailAboutAsync(AscentFixture app, string subjectStart, int visitId, string description) =>
        app.Smtp.WaitForMessageAsync(
            m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal) && (m.TextBody ?? "").Contains($"/visits/{visitId}/", StringComparison.Ordinal),
            description,
            TimeSpan.FromSeconds(20));

    public static Ical.Net.Calendar Invitation(MimeMessage message)
    {
        var part = message.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
    }

    public static byte[] Attachment(MimeMessage message, string mimeType)
    {
        var part = message.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == mimeType);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
