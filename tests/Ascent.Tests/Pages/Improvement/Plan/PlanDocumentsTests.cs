using System.Globalization;
using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Improvement;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Ascent.Tests.Pages.Improvement.Plan;

/// The plan as the documents a setting sends its adviser and shows an inspector: a Word document (a Setting
/// Improvement Plan in England, the QIP template's layout in Australia), a printable page, and the steps as CSV and
/// XLSX. Each file is opened and read back, never compared byte for byte.
public abstract class PlanDocumentsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task EnglishSetting_GetsASettingImprovementPlan_APrintablePage_AndItsStepsAsCsvAndXlsx()
    {
        var settingId = app.World.SettingA1Id;
        var due = new DateOnly(2027, 2, 1);
        await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == settingId);
            var goal = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("Every member of staff has termly supervision", "Supervision is irregular", "ofsted-renewed-2025", "leadership-and-governance",
                GoalPriority.High, "All staff supervised this term", new DateOnly(2027, 3, 31));
            goal.PlanSteps([new("Write a supervision schedule", "Mo Manager", due, false), new("Train the room leaders, with \"care\", to supervise", null, null, true)]);
            goal.AddNote(GoalNoteKind.Progress, "Schedule drafted", "Olu Owner", app.Time.GetUtcNow());
            goal.AddNote(GoalNoteKind.AdviserComment, "An adviser's aside", "Ada Adviser", app.Time.GetUtcNow());
            var bare = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            bare.Describe("Healthy snacks every day", null, null, null, GoalPriority.Low, null, null);
            db.PlanGoals.AddRange(goal, bare);
            return await db.SaveChangesAsync();
        });
        using var owner = app.NewBrowser();
        await owner.SignInAsync(TestWorld.OwnerA1);
        var plan = await owner.GetAsync($"/settings/{settingId}/plan");
        string[] links = ["plan/document", "plan/print", "plan/export?format=csv", "plan/export?format=xlsx"];
        Assert.All(links, link => Assert.NotNull(plan.Document.QuerySelector($"main a[href='/settings/{settingId}/{link}']")));

        // Word: a landscape Setting Improvement Plan whose table has a header row repeated on each page.
        var word = await owner.GetAsync($"/settings/{settingId}/plan/document");
        Assert.Equal(PlanDocument.ContentType, word.Response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", word.Response.Content.Headers.ContentDisposition?.FileNameStar ?? word.Response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await word.Response.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath}"));
            var body = document.MainDocumentPart!.Document!.Body!;
            Assert.Equal("Setting Improvement Plan", body.Elements<Paragraph>().First().InnerText);
            Assert.Equal(PageOrientationValues.Landscape, body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Orient!.Value);
            var tables = body.Elements<Table>().ToList();
            Assert.Contains(tables[0].Elements<TableRow>(), r => r.InnerText == "Setting nameAcorn Day Nursery");
            var rows = tables[1].Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.Equal(PlanDocument.SipColumns, rows[0].Elements<TableCell>().Select(c => c.InnerText));
            Assert.Equal(3, rows.Count);
            var cells = rows[1].Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList();
            Assert.Equal(["High priority", "Leadership and governance"], cells[0]);
            Assert.Equal(["Every member of staff has termly supervision"], cells[2]);
            Assert.Equal("Write a supervision schedule (Mo Manager, by 1 February 2027)", cells[3][0]);
            Assert.Equal("Train the room leaders, with \"care\", to supervise, done", cells[3][1]);
            Assert.Equal(["31 March 2027"], cells[5]);
            Assert.Equal(["In progress"], cells[6]);
            Assert.Single(cells[7]);
            Assert.EndsWith(": Schedule drafted", cells[7][0], StringComparison.Ordinal);
            Assert.Equal("Healthy snacks every day", rows[2].Elements<TableCell>().ElementAt(2).InnerText);
        }

        // The printable page: every goal with its steps, and nothing of the adviser's comments.
        var print = await owner.GetAsync($"/settings/{settingId}/plan/print");
        Assert.Equal("Setting Improvement Plan", print.Heading);
        Assert.Equal(["Every member of staff has termly supervision", "Healthy snacks every day"], print.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Write a supervision schedule", print.Document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Schedule drafted", print.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("An adviser's aside", print.Text, StringComparison.Ordinal);

        // CSV: one row per step with its goal's columns, and one for the goal with no steps yet.
        var csv = await owner.GetAsync($"/settings/{settingId}/plan/export?format=csv");
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType?.MediaType);
        var records = ReadCsv(await csv.Response.Content.ReadAsByteArrayAsync());
        Assert.Equal(PlanExport.Columns, records[0].Keys);
        Assert.Equal(3, records.Count);
        Assert.Equal(("Every member of staff has termly supervision", "Write a supervision schedule", "Mo Manager", "2027-02-01", "No"),
            (records[0]["Goal"], records[0]["Step"], records[0]["Who"], records[0]["Step by when"], records[0]["Step done"]));
        Assert.Equal(("Train the room leaders, with \"care\", to supervise", "Yes", "High", "2027-03-31"),
            (records[1]["Step"], records[1]["Step done"], records[1]["Priority"], records[1]["Goal by when"]));
        Assert.Equal(("Healthy snacks every day", ""), (records[2]["Goal"], records[2]["Step"]));

        var xlsx = await owner.GetAsync($"/settings/{settingId}/plan/export?format=xlsx");
        var sheet = MiniExcel.Query(new MemoryStream(await xlsx.Response.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, sheet.Count);
        Assert.Equal(("Every member of staff has termly supervision", "Leadership and governance", "Write a supervision schedule", "Mo Manager"),
            ((string)sheet[0]["Goal"], (string)sheet[0]["Area"], (string)sheet[0]["Step"], (string)sheet[0]["Who"]));
        Assert.Equal("Healthy snacks every day", (string)sheet[2]["Goal"]);
    }

    [Fact]
    public async Task AustralianService_GetsTheQipTemplatesLayout_PerQualityArea_AndTheAdviserCanDownloadIt()
    {
        var settingId = await app.WithDbAsync(async (db, services) =>
        {
            var service = new Setting(app.World.TenantAId, $"SE-{Random.Shared.Next(10000000, 99999999)}", "Wattle Early Learning", "Centre-Based Care", null)
            {
                Regulator = "ACECQA",
                RegisteredPersonName = "Wattle Services Pty Ltd",
            };
            db.Settings.Add(service);
            await db.SaveChangesAsync();
            var element = new PlanGoal(service, GoalSource.Own, "Test", app.Time.GetUtcNow());
            element.Describe("Educators reflect critically on the program each week", "Reflection is not documented", "acecqa-nqs-2018", "1.3.2",
                GoalPriority.High, "A reflection journal kept weekly", new DateOnly(2027, 6, 30));
            element.PlanSteps([new("Introduce a reflection journal", "Educational leader", new DateOnly(2027, 2, 1), false)]);
            var governance = new PlanGoal(service, GoalSource.Own, "Test", app.Time.GetUtcNow());
            governance.Describe("Policies reviewed on a cycle", null, "acecqa-nqs-2018", "qa7", GoalPriority.Medium, null, null);
            var loose = new PlanGoal(service, GoalSource.Own, "Test", app.Time.GetUtcNow());
            loose.Describe("A new sandpit", null, null, null, GoalPriority.Low, null, null);
            db.PlanGoals.AddRange(governance, element, loose);
            // The self-assessment gives each quality area its summary of strengths, even one with no goal (QA5).
            var nqs = services.GetRequiredService<Ascent.Web.Domain.Frameworks.FrameworkRegistry>().Get("acecqa-nqs-2018");
            var assessment = Ascent.Web.Domain.SelfEvaluation.Evaluation.Start(service, nqs, "Test", app.Time.Today());
            assessment.Record("qa1", "Children's ideas shape the program\nEducators document learning daily", null, null, null);
            assessment.Record("qa5", "Every child has a warm, responsive relationship with an educator", null, null, null);
            db.SelfEvaluations.Add(assessment);
            await db.SaveChangesAsync();
            return service.Id;
        });
        // The service writes its philosophy and details; the adviser downloads the plan.
        await app.WithDbAsync(async (db, _) =>
        {
            var statement = new ServiceStatement(app.World.TenantAId, settingId);
            statement.Record("We believe children learn through play.\nFamilies are partners.", "Sam Supervisor", null, "Monday to Friday, 7am to 6pm", "Three rooms by age", "The nominated supervisor", "Test", app.Time.GetUtcNow());
            db.ServiceStatements.Add(statement);
            return await db.SaveChangesAsync();
        });
        using var adviser = app.NewBrowser();
        await adviser.SignInAsync(TestWorld.AdviserA);
        Assert.Contains("We believe children learn through play.", (await adviser.GetAsync($"/settings/{settingId}/plan/service")).Text, StringComparison.Ordinal);

        var word = await adviser.GetAsync($"/settings/{settingId}/plan/document");
        Assert.Equal(HttpStatusCode.OK, word.Status);
        using var document = WordprocessingDocument.Open(new MemoryStream(await word.Response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath}"));
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Quality Improvement Plan", paragraphs[0]);
        Assert.Equal(
            ["Service details", "Statement of philosophy", "Quality Area 1: Educational program and practice", "Quality Area 5: Relationships with children", "Quality Area 7: Governance and leadership", "Improvements not tied to a quality area"],
            paragraphs.Where(p => p is "Service details" or "Statement of philosophy" || p.StartsWith("Quality Area", StringComparison.Ordinal) || p.StartsWith("Improvements not", StringComparison.Ordinal)));
        Assert.Equal(["We believe children learn through play.", "Families are partners."], paragraphs.SkipWhile(p => p != "Statement of philosophy").Skip(1).Take(2));
        Assert.Equal(["Summary of strengths", "Children's ideas shape the program", "Educators document learning daily", "Key improvements sought", "• Educators reflect critically on the program each week"],
            paragraphs.SkipWhile(p => !p.StartsWith("Quality Area 1", StringComparison.Ordinal)).Skip(1).Take(5));
        Assert.Equal(["Summary of strengths", "Every child has a warm, responsive relationship with an educator", "Key improvements sought", "None planned for this quality area."],
            paragraphs.SkipWhile(p => !p.StartsWith("Quality Area 5", StringComparison.Ordinal)).Skip(1).Take(4));
        var tables = body.Elements<Table>().ToList();
        Assert.Contains(tables[0].Elements<TableRow>(), r => r.InnerText == "Approved providerWattle Services Pty Ltd");
        Assert.Contains(tables[0].Elements<TableRow>(), r => r.InnerText == "Nominated supervisorSam Supervisor");
        Assert.Contains(tables[0].Elements<TableRow>(), r => r.InnerText == "Operating hoursMonday to Friday, 7am to 6pm");
        Assert.Equal(4, tables.Count);
        var rows = tables[1].Elements<TableRow>().ToList();
        Assert.Equal(PlanDocument.QipColumns, rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(
            ["1.3.2 Critical reflection", "Reflection is not documented", "Educators reflect critically on the program each weekStatus: Not started", "H",
                "Introduce a reflection journal (Educational leader, by 1 February 2027)", "A reflection journal kept weekly", "30 June 2027", ""],
            rows[1].Elements<TableCell>().Select(c => c.InnerText));
    }

    /// Reads the file back with a real CSV parser, so quoting and the byte order mark are checked too.
    private static List<Dictionary<string, string>> ReadCsv(byte[] file)
    {
        using var reader = CsvReader.Create(new MemoryStream(file), CsvReaderOptions.Default with { Separator = ',', DetectSeparatorHint = false, HasHeader = false });
        Assert.True(reader.Read());
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
            records.Add(headers.Select((h, i) => (h, reader.GetString(i))).ToDictionary(c => c.h, c => c.Item2));
        return records;
    }
}

public sealed class PlanDocumentsTestsOnSqlite(SqliteFixture app) : PlanDocumentsTests<SqliteFixture>(app);

public sealed class PlanDocumentsTestsOnPostgres(PostgresFixture app) : PlanDocumentsTests<PostgresFixture>(app);
