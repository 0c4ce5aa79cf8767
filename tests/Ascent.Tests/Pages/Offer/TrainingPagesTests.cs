using System.Net;
using Ascent.Tests.Support;

namespace Ascent.Tests.Pages.Offer;

/// A setting's training page: its history says honestly who attended, who came to part of a course and who did not
/// come; a certificate is only for an attended place; and those who read the setting's statement of charges find it
/// from here (the LA, the owner and the manager), its practitioners do not.
public abstract class TrainingPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheHistory_ShowsEachOutcome_AndACertificateIsOnlyForAnAttendedPlace()
    {
        var seeded = await TrainingSeed.CreateAsync(app);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);

        var page = await owner.GetAsync($"/settings/{app.World.SettingA1Id}/training");
        var text = page.Document.Body!.TextContent;
        Assert.Contains("Did not attend", text, StringComparison.Ordinal);
        Assert.Contains("Lee Moss", text, StringComparison.Ordinal);
        Assert.Contains($"/bookings/{seeded.Attended}/certificate", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"/bookings/{seeded.NoShow}/certificate", page.Text, StringComparison.Ordinal);

        var certificate = await owner.GetAsync($"/bookings/{seeded.Attended}/certificate", follow: false);
        Assert.Equal(HttpStatusCode.OK, certificate.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", certificate.Response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, (await owner.GetAsync($"/bookings/{seeded.NoShow}/certificate", follow: false)).Status);
    }

    [Fact]
    public async Task TheStatement_IsLinkedForTheOwner_AndNotForAPractitioner()
    {
        var url = $"/settings/{app.World.SettingA1Id}/training";
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.Contains($"/settings/{app.World.SettingA1Id}/statement", (await owner.GetAsync(url)).Text, StringComparison.Ordinal);

        using var practitioner = app.NewBrowser();
        await practitioner.SignInAsync(TestWorld.PractitionerA1);
        var page = await practitioner.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("/statement", page.Text, StringComparison.Ordinal);
    }
}

public sealed class TrainingPagesTestsOnSqlite(SqliteFixture app) : TrainingPagesTests<SqliteFixture>(app);

public sealed class TrainingPagesTestsOnPostgres(PostgresFixture app) : TrainingPagesTests<PostgresFixture>(app);
