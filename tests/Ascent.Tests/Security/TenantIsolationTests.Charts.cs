using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of a setting's charts and its own measures.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task Charts_AreSeenOnlyByTheirLocalAuthorityAndSetting()
    {
        var settingId = app.World.SettingA1Id;
        var measureId = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var measure = new Ascent.Web.Domain.Charts.Measure(setting, "Acorn's accidents", "", Ascent.Web.Domain.Charts.ChartKind.C, null);
            measure.Record(new DateOnly(2026, 9, 30), 3, null, null);
            db.Measures.Add(measure);
            await db.SaveChangesAsync();
            return measure.Id;
        });
        string[] pages = [$"/settings/{settingId}/charts", $"/settings/{settingId}/charts/series?key=own%3A{measureId}", $"/settings/{settingId}/charts/series?key=own%3A{measureId}&handler=Csv"];
        string[] editing = [$"/settings/{settingId}/charts/measures/new", $"/settings/{settingId}/charts/measures/{measureId}", $"/settings/{settingId}/charts/import"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.OwnerA1);
        foreach (var page in pages.Concat(editing))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages.Concat(editing))
            Assert.Equal(HttpStatusCode.OK, (await adviser.GetAsync(page)).Status);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(page)).Status);
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var page in pages.Concat(editing))
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(page)).Status);

        // Its own setting's address with another setting's measure is not found either, and changes nothing.
        var token = (await otherSetting.GetAsync("/")).Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var own2 = app.World.SettingA2Id;
        var write = await otherSetting.PostAsync($"/settings/{own2}/charts/measures/{measureId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Date.Day"] = "1", ["Date.Month"] = "10", ["Date.Year"] = "2026", ["Value"] = "9" });
        Assert.Equal(HttpStatusCode.NotFound, write.Status);
        var exclude = await otherSetting.PostAsync($"/settings/{own2}/charts/series?key=own%3A{measureId}&handler=Exclude", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Point"] = "2026-09-30", ["Reason"] = "Not mine" });
        Assert.Equal(HttpStatusCode.NotFound, exclude.Status);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.MeasureValues.IgnoreQueryFilters().CountAsync(v => v.MeasureId == measureId && v.ExclusionReason == null)));
    }
}
