using System.Globalization;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Offer;

/// The register of a two-session course, taken on its pages: closing it raises each place's charge once (attended,
/// partly attended, a no-show), saving it again raises nothing, a stale form is refused, a correction made a month
/// later is a credit and a new charge in that month, and the finance export lists exactly those amounts in pence.
public abstract class RegisterChargesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task ClosingTheRegister_ChargesEachPlaceOnce_AndACorrectionIsACreditInItsOwnMonth()
    {
        var held = Today.AddDays(-40);
        var course = await OfferChargesWorld.CourseAsync(app, "Paediatric first aid", 6000, [held, held],
            [(app.World.SettingA1Id, "Ann Able"), (app.World.SettingA1Id, "Ben Absent"), (app.World.SettingA2Id, "Cat Part")]);
        var (ann, ben, cat) = (course.BookingIds[0], course.BookingIds[1], course.BookingIds[2]);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var url = $"/offer/{course.ItemId}/register";

        var page = await admin.GetAsync(url);
        var saved = await admin.SubmitAsync(page, Marks((ann, "present"), (ben, "absent"), (cat, "present")), "form[data-session='1']");
        Assert.Equal("The register for session 1 is saved", Banner(saved));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Charges.CountAsync(c => course.BookingIds.Contains(c.BookingId))));

        // Two people open session 2; the first closes the register, the second is refused and sees what is recorded.
        var first = await admin.GetAsync(url);
        var second = await admin.GetAsync(url);
        var closed = await admin.SubmitAsync(first, Marks((ann, "present"), (ben, "absent"), (cat, "absent")), "form[data-session='2']");
        Assert.Equal("The register is closed: 3 charges raised", Banner(closed));
        var stale = await admin.SubmitAsync(second, Marks((ann, "absent"), (ben, "absent"), (cat, "absent")), "form[data-session='2']");
        Assert.Contains(OfferRegisters.Stale, stale.ErrorMessages);
        Assert.True(stale.Document.QuerySelector($"#s{course.SessionIds[1]}-b{ann}-present")!.HasAttribute("checked"));

        var noShow = await app.WithDbAsync(async (db, services) =>
            (await services.GetRequiredService<OfferTermsLibrary>().CurrentAsync(app.World.TenantAId, CancellationToken.None)).Terms.NoShowCharge(6));
        Assert.Equal([(ann, ChargeReason.Place, 6000, held), (ben, ChargeReason.NoShow, noShow, held), (cat, ChargeReason.Place, 6000, held)], await ChargesAsync(course));
        Assert.Equal(
            [BookingOutcome.Attended, BookingOutcome.NoShow, BookingOutcome.PartlyAttended],
            await app.WithDbAsync((db, _) => db.Bookings.Where(b => course.BookingIds.Contains(b.Id)).OrderBy(b => b.Id).Select(b => b.Outcome!.Value).ToListAsync()));

        // Closing again, on the page or by the service, raises nothing new.
        var again = await admin.SubmitAsync(await admin.GetAsync(url), formSelector: "form[data-session='2']");
        Assert.Equal("The register is saved: its charges are unchanged", Banner(again));
        var raised = await app.WithDbAsync((_, services) => services.GetRequiredService<RegisterCharges>().RaiseAsync(course.ItemId, CancellationToken.None));
        Assert.Equal(0, raised!.Raised);
        Assert.Empty(raised.Corrections);
        Assert.Equal(3, (await ChargesAsync(course)).Count);

        // Ben did come: corrected today, his no-show is credited and his place charged, in this month; marking him
        // present at the second session too changes nothing more (a place either way).
        var corrected = await admin.SubmitAsync(await admin.GetAsync(url), Marks((ben, "present")), "form[data-session='1']");
        Assert.Equal("The register is corrected: 1 place's charges were put right", Banner(corrected));
        Assert.Contains("Ben Absent: now partly attended, was no-show", corrected.Document.Body!.TextContent, StringComparison.Ordinal);
        var both = await admin.SubmitAsync(await admin.GetAsync(url), Marks((ben, "present")), "form[data-session='2']");
        Assert.Equal("The register is saved: its charges are unchanged", Banner(both));
        var charges = await ChargesAsync(course);
        Assert.Equal([(ben, ChargeReason.Credit, -noShow, Today), (ben, ChargeReason.Place, 6000, Today)], charges.Skip(3).ToList());

        // A late cancellation already in the table (the bookings' own) is exported with the month's register charges.
        var other = await OfferChargesWorld.CourseAsync(app, "Forest school", 9500, [Today.AddDays(20)], [(app.World.SettingA1Id, "Dee Late")]);
        await OfferChargesWorld.ChargeAsync(app, other.BookingIds[0], ChargeReason.LateCancellation, 4750, Today);
        var a1 = await SettingAsync(app.World.SettingA1Id);
        var a2 = await SettingAsync(app.World.SettingA2Id);
        var heldMonth = held.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var thisMonth = Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (d1, d2) = (held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var a1First = string.CompareOrdinal(a1.Name, a2.Name) < 0;
        string[] heldLines =
        [
            .. a1First ? [] : new[] { $"{a2.Urn},{a2.Name},Paediatric first aid,{d1},place,6000" },
            $"{a1.Urn},{a1.Name},Paediatric first aid,{d1},place,6000",
            $"{a1.Urn},{a1.Name},Paediatric first aid,{d1},no-show,{noShow}",
            .. a1First ? new[] { $"{a2.Urn},{a2.Name},Paediatric first aid,{d1},place,6000" } : [],
        ];
        var heldExport = await ExportAsync(admin, heldMonth);
        Assert.Equal(["setting_urn,setting_name,course,date,reason,amount_pence", .. heldLines], heldExport);
        var thisExport = await ExportAsync(admin, thisMonth);
        Assert.Equal(
            [
                "setting_urn,setting_name,course,date,reason,amount_pence",
                $"{a1.Urn},{a1.Name},Paediatric first aid,{d2},credit,-{noShow}",
                $"{a1.Urn},{a1.Name},Paediatric first aid,{d2},place,6000",
                $"{a1.Urn},{a1.Name},Forest school,{d2},late-cancellation,4750",
            ],
            thisExport);

        var month = await admin.GetAsync($"/charges?month={thisMonth}");
        var text = month.Document.Body!.TextContent;
        Assert.Contains("Credit £" + (noShow / 100m).ToString("0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("Late cancellation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegister_OpensOnTheSessionsDay()
    {
        var course = await OfferChargesWorld.CourseAsync(app, "Outdoor play", 0, [Today.AddDays(5)], [(app.World.SettingA1Id, "Eve Early")]);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync($"/offer/{course.ItemId}/register");
        Assert.Contains("The register for session 1 opens on its day", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form[data-session]"));
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var refused = await admin.PostAsync(page.Url, [new("SessionId", course.SessionIds[0].ToString(CultureInfo.InvariantCulture)), new("Stamp", "/open"),
            new($"Marks[{course.BookingIds[0]}]", "present"), new("__RequestVerificationToken", token)]);
        Assert.Contains(refused.ErrorMessages, m => m.StartsWith("The register for session 1 opens on its day", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.SessionAttendances.CountAsync(a => a.BookingId == course.BookingIds[0])));
    }

    [Fact]
    public async Task AnArrangedService_IsChargedWhenDelivered_Once()
    {
        var booking = await OfferChargesWorld.ArrangedServiceAsync(app, app.World.SettingA2Id, 45000);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var charges = await admin.GetAsync("/charges");
        Assert.NotNull(charges.Document.QuerySelector($"a[href='/bookings/{booking}/delivered']"));
        var page = await admin.GetAsync($"/bookings/{booking}/delivered");
        var done = await admin.SubmitAsync(page);
        Assert.Equal("Bespoke support is marked delivered and £450.00 charged to " + (await SettingAsync(app.World.SettingA2Id)).Name, Banner(done));
        var again = await admin.SubmitAsync(page);
        Assert.Contains("This service is already marked delivered", again.ErrorMessages);
        var amounts = await app.WithDbAsync((db, _) => db.Charges.Where(c => c.BookingId == booking).Select(c => c.AmountPence).ToListAsync());
        Assert.Equal([45000], amounts);
    }

    internal static Dictionary<string, string> Marks(params (int Booking, string Mark)[] marks) =>
        marks.ToDictionary(m => $"Marks[{m.Booking.ToString(CultureInfo.InvariantCulture)}]", m => m.Mark);

    private static string Banner(Page page) => page.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim() ?? string.Join("; ", page.ErrorMessages);

    private Task<List<(int, ChargeReason, int, DateOnly)>> ChargesAsync(OfferChargesWorld.Course course) =>
        app.WithDbAsync(async (db, _) => (await db.Charges.Where(c => course.BookingIds.Contains(c.BookingId)).OrderBy(c => c.Id)
            .Select(c => new { c.BookingId, c.Reason, c.AmountPence, c.ChargedOn }).ToListAsync())
            .Select(c => (c.BookingId, c.Reason, c.AmountPence, c.ChargedOn)).ToList());

    private Task<(string Urn, string Name)> SettingAsync(int id) =>
        app.WithDbAsync(async (db, _) => await db.Settings.Where(s => s.Id == id).Select(s => new ValueTuple<string, string>(s.Reference, s.Name)).SingleAsync());

    private static async Task<string[]> ExportAsync(Browser browser, string month)
    {
        using var response = await browser.Client.GetAsync($"/charges/export?month={month}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}

public sealed class RegisterChargesTestsOnSqlite(SqliteFixture app) : RegisterChargesTests<SqliteFixture>(app);

public sealed class RegisterChargesTestsOnPostgres(PostgresFixture app) : RegisterChargesTests<PostgresFixture>(app);
