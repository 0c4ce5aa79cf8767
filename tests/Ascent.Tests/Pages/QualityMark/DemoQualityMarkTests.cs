using System.Globalization;
using Ascent.Tests.Data;
using Ascent.Tests.Support;
using Ascent.Web.Data.Demo;

namespace Ascent.Tests.Pages.QualityMark;

/// The quality mark's demo: the coordinator finds the cohort taking applications with three settings applied, Little
/// Acorns failing "no open programme of support" with its reason, the two others meeting every criterion Ascent checks.
public abstract class DemoQualityMarkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task TheCoordinator_SeesThreeApplications_LittleAcornsFailingOneCriterionWithItsReason_AndAcceptsAnother()
    {
        var applicants = await app.WithDbAsync((db, _) => DemoQualityMark.ApplicantsAsync(db));
        Assert.Equal(2, applicants.Count);
        using var coordinator = app.NewBrowser();
        await coordinator.SignInAsync("coordinator@northfield.example", DemoUsers.Password);

        var home = await coordinator.GetAsync("/quality-mark");
        var row = Assert.Single(home.Document.QuerySelectorAll("main table tbody tr"), r => r.TextContent.Contains(DemoQualityMark.CohortName, StringComparison.Ordinal));
        Assert.Contains("Open", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("3", row.Children[3].TextContent.Trim());
        Assert.NotNull(home.Document.QuerySelector("main a[href='/quality-mark/cohorts/new']"));

        var cohort = await coordinator.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        var rows = cohort.Document.QuerySelectorAll("main table tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        var acorns = Assert.Single(rows, r => r.TextContent.Contains(DemoUsers.DemoSettingName, StringComparison.Ordinal));
        Assert.Contains("Not met", acorns.TextContent, StringComparison.Ordinal);
        Assert.Contains("No open programme of support from the local authority: An open programme of support:", acorns.TextContent, StringComparison.Ordinal);
        foreach (var (_, name) in applicants)
        {
            var other = Assert.Single(rows, r => r.TextContent.Contains(name, StringComparison.Ordinal));
            Assert.DoesNotContain("Not met", other.TextContent, StringComparison.Ordinal);
            Assert.Contains("4 of 5 met", other.TextContent, StringComparison.Ordinal);
            Assert.Contains("For the coordinator", other.TextContent, StringComparison.Ordinal);
        }

        var chosen = rows.Single(r => r.TextContent.Contains(applicants[0].Name, StringComparison.Ordinal)).QuerySelector("a")!.GetAttribute("href")!;
        var page = await coordinator.GetAsync(chosen);
        var accepted = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Decision"] = "accept", ["Note"] = "The statement shows a team that reflects together every week." });
        Assert.Empty(accepted.ErrorMessages);
        Assert.Contains($"{applicants[0].Name} accepted into {DemoQualityMark.CohortName}", accepted.Text, StringComparison.Ordinal);
        Assert.Contains("In progress", accepted.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(accepted.Document.QuerySelector("main a[href$='/evaluator']"));
    }

    [Fact]
    public async Task TheCoordinator_SeesAPastNetworkMeetingWithItsAttendance_AndAnUpcomingWorkshop_WhichLittleAcornsIsNotInvitedTo()
    {
        using var coordinator = app.NewBrowser();
        await coordinator.SignInAsync("coordinator@northfield.example", DemoUsers.Password);
        var list = await coordinator.GetAsync("/quality-mark/networks");
        var tables = list.Document.QuerySelectorAll("main table").ToList();
        Assert.Equal(2, tables.Count);
        Assert.Contains("Re-accreditation workshop", tables[0].TextContent, StringComparison.Ordinal);
        var past = Assert.Single(tables[1].QuerySelectorAll("tbody tr"));
        var (invited, attended) = (int.Parse(past.Children[3].TextContent, CultureInfo.InvariantCulture), int.Parse(past.Children[4].TextContent, CultureInfo.InvariantCulture));
        Assert.True(attended > 1 && attended < invited, $"{attended} of {invited}");

        var meeting = await coordinator.GetAsync(past.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("Autumn network: action research in practice", meeting.Heading);
        Assert.Contains("Ruth Evans", meeting.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Spring term dates agreed.", meeting.Document.Body!.TextContent, StringComparison.Ordinal);

        using var manager = app.NewBrowser();
        await manager.SignInAsync("manager@littleacorns.example", DemoUsers.Password);
        Assert.Empty((await manager.GetAsync("/quality-mark/networks")).Document.QuerySelectorAll("main table"));
    }
}

public sealed class DemoQualityMarkTestsOnSqlite(DemoSqliteFixture app) : DemoQualityMarkTests<DemoSqliteFixture>(app);

public sealed class DemoQualityMarkTestsOnPostgres(DemoPostgresFixture app) : DemoQualityMarkTests<DemoPostgresFixture>(app);
