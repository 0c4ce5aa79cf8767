using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ascent.Tests.Services.Imports.Ofsted;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Jobs;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Cases;

/// The whole chain: a register file downgrades a setting, a case opens with its deadlines, the Senior Improvement
/// Adviser allocates, the adviser contacts the setting, the SLA figures show it, and a later good judgement closes the
/// case and enrols the setting for an annual conversation.
public abstract class SupportJourneyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private static string File(string overall, string date, string? previousOverall = null, string? previousDate = null) => OfstedTestFiles.Csv(
        OfstedTestFiles.Row(("Provider URN", "EY100001"), ("Provider name", "Acorn Day Nursery"), ("Local authority", "Ashdown"),
            ("Most recent full: Inspection number", "1" + date.Replace("/", "", StringComparison.Ordinal)), ("Most recent full: Inspection date", date),
            ("Most recent full: Overall effectiveness", overall),
            ("Second most recent full: Overall effectiveness", previousOverall ?? ""), ("Second most recent full: Inspection date", previousDate ?? ""),
            ("Second most recent full: Inspection number", previousDate is null ? "" : "1" + previousDate.Replace("/", "", StringComparison.Ordinal))),
        OfstedTestFiles.Row(("Provider URN", "EY100002"), ("Provider name", "Bramble Pre-school"), ("Local authority", "Ashdown")));

    private async Task<int> ImportAsync(string csv)
    {
        await app.WithDbAsync(async (db, services) =>
        {
            var batch = ImportSources.Read(OfstedBatchReader.Source, [("register.csv", () => new MemoryStream(Encoding.UTF8.GetBytes(csv)))], _ => { });
            return await services.GetRequiredService<RegisterImporter>().ImportAsync(batch, app.World.TenantAId);
        });
        return await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
    }

    private Task<List<SupportCase>> CasesAsync() => app.WithDbAsync((db, _) =>
        db.Cases.IgnoreQueryFilters().Include(c => c.Tasks).Where(c => c.SettingId == app.World.SettingA1Id).OrderBy(c => c.Id).ToListAsync());

    [Fact]
    public async Task ADowngradeOpensOneCase_AllocationAndContactAreMeasured_AndAGoodJudgementClosesIt()
    {
        // Monday 30 November 2026: allocation is due Thursday 3 December, first contact Monday 7 December.
        app.Time.SetUtcNow(AscentFixture.Start.AddDays(7)); // the fixture starts on Monday 23 November 2026, 9am
        var downgrade = File("3", "02/11/2026");
        Assert.Equal(1, await ImportAsync(downgrade));
        Assert.Equal(0, await ImportAsync(downgrade));
        var supportCase = Assert.Single(await CasesAsync());
        Assert.Equal(("requires-improvement", CaseStatus.Open), (supportCase.PathwayCode, supportCase.Status));
        Assert.Equal(new DateOnly(2026, 12, 3), supportCase.Tasks.Single(t => t.Key == "allocate-adviser").DueOn);
        Assert.Equal(new DateOnly(2026, 12, 7), supportCase.Tasks.Single(t => t.Key == "contact-setting").DueOn);

        // Wednesday: the Senior Improvement Adviser allocates Ari, within the deadline.
        app.Time.SetUtcNow(AscentFixture.Start.AddDays(9).AddHours(1));
        using var senior = app.NewBrowser();
        await senior.SignInAsync(TestWorld.SeniorA);
        var waiting = await senior.GetAsync("/cases?Show=unallocated");
        Assert.Contains("Acorn Day Nursery", waiting.Text, StringComparison.Ordinal);
        var allocation = supportCase.Tasks.Single(t => t.Key == "allocate-adviser");
        var allocate = await senior.GetAsync($"/cases/{supportCase.Id}/tasks/{allocation.Id}");
        var label = allocate.Document.QuerySelectorAll<IHtmlLabelElement>("label").Single(l => l.TextContent.Contains("Ari Adviser", StringComparison.Ordinal));
        var adviserId = allocate.Document.GetElementById(label.HtmlFor!)!.GetAttribute("value")!;
        var afterAllocation = await senior.SubmitAsync(allocate, new Dictionary<string, string> { ["AdviserId"] = adviserId });
        Assert.Contains("Ari Adviser", afterAllocation.Text, StringComparison.Ordinal);

        // Tuesday 8 December, a day late: Ari finds the contact task on their list and records it.
        app.Time.SetUtcNow(AscentFixture.Start.AddDays(15).AddHours(1));
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        var tasks = await adviser.GetAsync("/tasks");
        var contactLink = tasks.Document.QuerySelectorAll<IHtmlAnchorElement>("a").Single(a => a.TextContent.Contains("Contact the setting", StringComparison.Ordinal));
        Assert.Contains("Overdue", tasks.Text, StringComparison.Ordinal);
        // Due Monday 7 December: the date and, in the LA's working days, how late it is.
        var contactRow = tasks.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Contact the setting", StringComparison.Ordinal));
        Assert.EndsWith("7 December 2026 1 working day overdue", string.Join(" ", contactRow.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        var contact = await adviser.GetAsync(contactLink.Href);
        await adviser.SubmitAsync(contact, new Dictionary<string, string> { ["Note"] = "Phoned the manager; first visit booked for 14 December" });

        using var manager = app.NewBrowser();
        await manager.SignInAsync(TestWorld.SeniorA);
        var overview = await manager.GetAsync("/cases/overview");
        var rows = overview.Document.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Adviser allocated", StringComparison.Ordinal) && r.Contains("100%", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Setting contacted", StringComparison.Ordinal) && r.Contains("0%", StringComparison.Ordinal));

        // The monthly report: open cases with their open tasks, from the web and from the command line, for this LA only.
        var csv = await manager.GetAsync("/cases/export?format=csv");
        Assert.Contains(csv.Text.Split("\r\n"), l => l.StartsWith("Ashdown Council,EY100001,Acorn Day Nursery,Requires improvement to be good,", StringComparison.Ordinal) && l.Contains("Ari Adviser", StringComparison.Ordinal));
        var output = Path.Combine(Path.GetTempPath(), $"ascent-cases-{Guid.NewGuid():N}.xlsx");
        try
        {
            Assert.Equal(0, await Ascent.Web.Commands.ExportCommand.RunAsync(app.Factory.Services, ["export", "cases", "--format", "xlsx", "--output", output, "--la", "Ashdown"]));
            await using var file = System.IO.File.OpenRead(output);
            var sheet = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.NotEmpty(sheet);
            Assert.All(sheet, r => Assert.Equal("Ashdown Council", r["Local authority"]));
            Assert.Contains(sheet, r => ((string)r["Task"]).StartsWith("Visit 1", StringComparison.Ordinal) && (string)r["Owner"] == "Ari Adviser");
            // The visit's audits by the names the pathway file gives them, never their codes.
            Assert.Contains(sheet, r => (string)r["Task"] == "Visit 1: Safeguarding and welfare requirements audit");
        }
        finally
        {
            System.IO.File.Delete(output);
        }

        // Re-inspected and judged good: the case closes and the setting joins the annual-conversation programme.
        app.Time.SetUtcNow(AscentFixture.Start.AddDays(203)); // Monday 14 June 2027
        await ImportAsync(File("2", "01/06/2027", "3", "02/11/2026"));
        var cases = await CasesAsync();
        Assert.Equal(CaseStatus.Closed, cases.Single(c => c.Id == supportCase.Id).Status);
        Assert.Single(cases, c => c.PathwayCode == "annual-conversation" && c.Status == CaseStatus.Open);

        // The setting's page shows its programme of support, to the LA only.
        using var laUser = app.NewBrowser();
        await laUser.SignInAsync(TestWorld.AdviserA);
        var profile = await laUser.GetAsync($"/settings/{app.World.SettingA1Id}");
        Assert.Contains($"/cases/{supportCase.Id}", profile.Text, StringComparison.Ordinal);
        Assert.Contains("Annual conversation", profile.Text, StringComparison.Ordinal);
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        Assert.DoesNotContain("/cases/", (await owner.GetAsync($"/settings/{app.World.SettingA1Id}")).Text, StringComparison.Ordinal);
    }
}

public sealed class SupportJourneyTestsOnSqlite(SqliteFixture app) : SupportJourneyTests<SqliteFixture>(app);

public sealed class SupportJourneyTestsOnPostgres(PostgresFixture app) : SupportJourneyTests<PostgresFixture>(app);
