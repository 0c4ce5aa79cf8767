using Ascent.Tests.Support;

namespace Ascent.Tests.Pages.Screening;

/// The steps the screening tests share: a room added and children listed through the pages, a round started.
public static class ScreeningSupport
{
    public static async Task<int> AddRoomAsync(Browser browser, int settingId, string name)
    {
        var added = await browser.SubmitAsync(await browser.GetAsync($"/settings/{settingId}/rooms"), new Dictionary<string, string> { ["Name"] = name, ["AgeGroup"] = "3 and 4" });
        Assert.Empty(added.ErrorMessages);
        var link = added.Document.QuerySelectorAll("main a[href^='/settings/']").Single(a => a.TextContent.Contains(name, StringComparison.Ordinal));
        return int.Parse(link.GetAttribute("href")!.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task AddChildrenAsync(Browser browser, int settingId, int roomId, string list)
    {
        var added = await browser.SubmitAsync(await browser.GetAsync($"/settings/{settingId}/screening/children"), new Dictionary<string, string>
        {
            ["Room"] = roomId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Children"] = list,
        });
        Assert.Empty(added.ErrorMessages);
    }

    /// Starts a round of the room with the proposed name and date, and answers the grid it lands on.
    public static async Task<Page> StartRoundAsync(Browser browser, int settingId, int roomId, string? name = null)
    {
        var form = await browser.GetAsync($"/settings/{settingId}/screening/new?Room={roomId}");
        var values = new Dictionary<string, string>();
        if (name is not null)
            values["Name"] = name;
        var grid = await browser.SubmitAsync(form, values);
        Assert.Empty(grid.ErrorMessages);
        Assert.EndsWith("/grid", grid.Url, StringComparison.Ordinal);
        return grid;
    }

    /// The grid's fields for the children given by code: well-being and involvement.
    public static Dictionary<string, string> Scores(Page grid, params (string Code, string WellBeing, string Involvement)[] scores)
    {
        var values = new Dictionary<string, string>();
        foreach (var (code, wellBeing, involvement) in scores)
        {
            var w = grid.Document.QuerySelectorAll("main label").Single(l => l.TextContent.Trim() == $"Well-being for {code}").GetAttribute("for")!;
            var i = grid.Document.QuerySelectorAll("main label").Single(l => l.TextContent.Trim() == $"Involvement for {code}").GetAttribute("for")!;
            values[grid.Document.GetElementById(w)!.GetAttribute("name")!] = wellBeing;
            values[grid.Document.GetElementById(i)!.GetAttribute("name")!] = involvement;
        }

        return values;
    }

    public static int IdOf(Page page) => int.Parse(page.Url.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
}
