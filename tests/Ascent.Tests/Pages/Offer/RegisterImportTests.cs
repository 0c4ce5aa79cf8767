using System.Globalization;
using System.Text;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.Offer;

/// A sign-in sheet is all or nothing: a file with bad lines records nothing and lists every bad line with its number
/// and reason; a good one records the sessions it names (anyone without a line absent) and closes the register.
public abstract class RegisterImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task ASignInSheet_IsAllOrNothing_WithEveryBadLineNumbered()
    {
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var (first, second) = (today.AddDays(-75), today.AddDays(-68));
        var course = await OfferChargesWorld.CourseAsync(app, "Sign-in sheet course", 3000, [first, second],
            [(app.World.SettingA1Id, "Uma Upload"), (app.World.SettingA2Id, "Vic Sheet")]);
        using var admin = app.NewBrowser();
        await admin.SignInAsync(TestWorld.AdminA);
        var page = await admin.GetAsync($"/offer/{course.ItemId}/register/import");
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var bad = $"Session,Name,Email,URN,Signed\n{D(first)},Uma Upload,,,yes\n{D(first)},Nobody Known,,,yes\n2020-01-01,Vic Sheet,,,yes\n{D(first)},Uma Upload,,,no\n,Vic Sheet,,,yes\n2,Vic Sheet,,,maybe\n";
        var refused = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("sheet.csv", Encoding.UTF8.GetBytes(bad)));
        Assert.Contains("The file has 5 problems: nothing was recorded", refused.ErrorMessages);
        var rows = refused.Document.QuerySelectorAll("#problems tbody tr").Select(r => r.Children[0].TextContent.Trim() + ": " + r.Children[1].TextContent.Trim()).ToList();
        Assert.Equal(
            [
                "3: Nobody Known has no place on this course",
                "4: There is no session \"2020-01-01\" on this course",
                "5: Uma Upload is on the sheet twice for session 1",
                "6: The session is blank: give its date or number",
                "7: Signed is \"maybe\": write yes or no",
            ],
            rows);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.SessionAttendances.CountAsync(a => course.BookingIds.Contains(a.BookingId))));

        var good = $"Session,Name,Email,URN,Signed\n{D(first)},uma upload,,,yes\n{D(first)},Vic Sheet,,,yes\n2,Uma Upload,,,yes\n";
        var done = await admin.UploadAsync(page, new Dictionary<string, string>(), "Upload", ("sheet.csv", Encoding.UTF8.GetBytes(good)));
        Assert.Equal("The sign-in sheet is recorded and the register closed: 2 charges raised", done.Document.QuerySelector(".govuk-notification-banner__heading")?.TextContent.Trim());
        var marks = await app.WithDbAsync((db, _) => db.SessionAttendances.Where(a => course.BookingIds.Contains(a.BookingId))
            .OrderBy(a => a.OfferSessionId).ThenBy(a => a.BookingId).Select(a => a.Present).ToListAsync());
        Assert.Equal([true, true, true, false], marks);
        var charges = await app.WithDbAsync((db, _) => db.Charges.Where(c => course.BookingIds.Contains(c.BookingId)).OrderBy(c => c.BookingId).Select(c => c.AmountPence).ToListAsync());
        Assert.Equal([3000, 3000], charges);
    }
}

public sealed class RegisterImportTestsOnSqlite(SqliteFixture app) : RegisterImportTests<SqliteFixture>(app);

public sealed class RegisterImportTestsOnPostgres(PostgresFixture app) : RegisterImportTests<PostgresFixture>(app);
