using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Instruments.Audits;

/// Steps the audit tests share: a room, starting an audit through its page, answering a sheet's page of items the
/// way a browser without JavaScript does, and the autosave handler as the page's script calls it.
internal static class AuditFlowSupport
{
    public static Task<int> AddRoomAsync(AscentFixture app, int settingId, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var room = new Room(setting, name, "3 and 4");
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
            return room.Id;
        });

    /// Starts an audit on the start page; returns the page it lands on (the first observer's sheet).
    public static async Task<Page> StartAsync(Browser browser, int settingId, string instrument, int? roomId = null, string? secondObserver = null, int? visitId = null)
    {
        var start = await browser.GetAsync($"/settings/{settingId}/audits/new" + (visitId is { } v ? $"?visit={v}" : ""));
        Assert.Equal(HttpStatusCode.OK, start.Status);
        var fields = new Dictionary<string, string> { ["Instrument"] = instrument, ["Mode"] = "item-scores", ["Room"] = roomId?.ToString(CultureInfo.InvariantCulture) ?? "" };
        if (secondObserver is not null)
            fields["SecondObserver"] = secondObserver;
        return await browser.SubmitAsync(start, fields);
    }

    public static (int AuditId, int SheetId) Ids(Page sheet)
    {
        var parts = sheet.Url.Split('?')[0].Split('/');
        return (int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[4], CultureInfo.InvariantCulture));
    }

    /// Answers every item on the sheet's current page with the answer the function gives, and presses a button.
    public static Task<Page> AnswerPageAsync(Browser browser, Page sheet, Func<string, string> answer, string go = "next")
    {
        var values = new Dictionary<string, string> { ["Go"] = go };
        foreach (var number in sheet.Document.QuerySelectorAll<IHtmlInputElement>("main form[data-autosave] input[name$='.Number']"))
            values[number.Name!.Replace(".Number", ".Value", StringComparison.Ordinal)] = answer(number.Value);
        return browser.SubmitAsync(sheet, values, "main form[data-autosave]");
    }

    /// Goes through every page of the sheet answering each item, ending on the audit's page.
    public static async Task<Page> AnswerAllAsync(Browser browser, Page sheet, Func<string, string> answer)
    {
        var page = sheet;
        for (var guard = 0; guard < 10 && page.Url.Contains("/sheets/", StringComparison.Ordinal); guard++)
        {
            page = await AnswerPageAsync(browser, page, answer);
            Assert.Empty(page.ErrorMessages);
        }

        return page;
    }

    /// Posts one item to the sheet's autosave handler, as the page's script does; returns the status and JSON.
    public static async Task<(HttpStatusCode Status, JsonElement Json)> AutosaveAsync(Browser browser, Page sheet, string item, string value, int version, string note = "")
    {
        // The sheet's form carries the token; a page without it (someone else's sheet) still has the sign-out form's.
        var token = (sheet.Document.QuerySelector<IHtmlInputElement>("main form[data-autosave] input[name='__RequestVerificationToken']")
            ?? sheet.Document.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']"))!.Value;
        var url = sheet.Url.Split('?')[0] + "?handler=Autosave";
        using var response = await browser.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Items[0].Number"] = item,
            ["Items[0].Value"] = value,
            ["Items[0].Note"] = note,
            ["Items[0].Version"] = version.ToString(CultureInfo.InvariantCulture),
        }));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<Page> FinishAsync(Browser browser, int auditId)
    {
        var page = await browser.GetAsync($"/audits/{auditId}");
        return await browser.SubmitAsync(page, formSelector: "main form[action*='handler=Finish']");
    }
}
