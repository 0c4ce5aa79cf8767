using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of visits and notes of visit.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task Visits_AreSeenOnlyByTheirLocalAuthorityAndSetting_AndDraftNotesOnlyByTheLocalAuthority()
    {
        var (visitId, documentId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == app.World.SettingA1Id);
            var visit = new Ascent.Web.Domain.Visits.Visit(setting, Ascent.Web.Domain.Visits.VisitPurposes.AnnualConversation, "Annual conversation",
                new Ascent.Web.Domain.Visits.VisitSchedule(new DateOnly(2026, 12, 1), new TimeOnly(10, 0), 60, "Europe/London", Ascent.Web.Domain.Visits.VisitMode.OnSite, "On site", null, null), "Test", app.Time.GetUtcNow());
            var document = new Ascent.Web.Domain.Visits.VisitDocument(visit, "plan.docx", "application/octet-stream", [1, 2, 3], "Test", app.Time.GetUtcNow());
            visit.Documents.Add(document);
            db.Visits.Add(visit);
            var adviser = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == TestWorld.AdviserA);
            db.VisitNotes.Add(new Ascent.Web.Domain.Visits.VisitNote(visit, adviser.Id, adviser.DisplayName, Ascent.Web.Domain.Visits.NoteTemplateDefaults.For(setting.TenantId, "annual-conversation"), app.Time.GetUtcNow()));
            await db.SaveChangesAsync();
            return (visit.Id, document.Id);
        });
        string[] pages = [$"/visits/{visitId}", $"/visits/{visitId}/cancel", $"/visits/{visitId}/documents/{documentId}", $"/settings/{app.World.SettingA1Id}/visits"];
        string[] laPages = [$"/visits/{visitId}/edit", $"/visits/{visitId}/note", $"/visits/{visitId}/note/print", $"/visits/{visitId}/note/document", $"/settings/{app.World.SettingA1Id}/visits/new"];

        using var own = app.NewBrowser();
        await own.SignInAsync(TestWorld.AdviserA);
        foreach (var page in pages.Concat(laPages))
            Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(page)).Status);

        using var otherLa = app.NewBrowser();
        await otherLa.SignInAsync(TestWorld.AdminB);
        foreach (var page in pages.Concat(laPages))
            Assert.Equal(HttpStatusCode.NotFound, (await otherLa.GetAsync(page)).Status);

        // The setting itself sees its visit and document, but not the draft note.
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/visits/{visitId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/visits/{visitId}/documents/{documentId}")).Status);
        foreach (var draft in new[] { $"/visits/{visitId}/note", $"/visits/{visitId}/note/print", $"/visits/{visitId}/note/document" })
            Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(draft)).Status);

        // Another setting of the same LA sees nothing of it.
        using var otherSetting = app.NewBrowser();
        await otherSetting.SignInAsync(TestWorld.OwnerA2);
        foreach (var page in pages)
            Assert.Equal(HttpStatusCode.NotFound, (await otherSetting.GetAsync(page)).Status);
    }
}
