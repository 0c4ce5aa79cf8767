using Ascent.Tests.Domain.Frameworks;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Improvement;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Tests.Services.Improvement;

/// The wording the plan's documents share, and the Word document of an empty plan, without a database.
public sealed class PlanTextTests
{
    private static readonly FrameworkRegistry Frameworks = FrameworkRegistry.LoadFromDirectory(FrameworkFiles.ShippedDirectory);
    private static readonly Setting Wattle = new(1, "SE-00000001", "Wattle Early Learning", "Centre-Based Care", null) { Regulator = "ACECQA" };

    private static PlanGoal Goal(string? framework, string? area)
    {
        var goal = new PlanGoal(Wattle, GoalSource.Own, "Test", DateTimeOffset.UnixEpoch);
        goal.Describe("Educators reflect critically", null, framework, area, GoalPriority.High, null, null);
        return goal;
    }

    [Fact]
    public void Area_AnNqsElement_ReadsWithItsCode_AndSitsInItsQualityArea()
    {
        var goal = Goal("acecqa-nqs-2018", "1.3.2");
        Assert.Equal("1.3.2 Critical reflection", PlanText.Area(goal, Frameworks));
        Assert.Equal("qa1", PlanText.TopArea(goal, Frameworks)?.Code);
    }

    [Fact]
    public void Area_AnOfstedArea_ReadsByNameAlone_AndAnUnknownOneByItsCode()
    {
        Assert.Equal("Leadership and governance", PlanText.Area(Goal("ofsted-renewed-2025", "leadership-and-governance"), Frameworks));
        Assert.Equal("9.9.9", PlanText.Area(Goal("acecqa-nqs-2018", "9.9.9"), Frameworks));
        Assert.Null(PlanText.TopArea(Goal(null, null), Frameworks));
    }

    [Fact]
    public void Step_SaysWhoAndByWhen_OnlyWhenKnown()
    {
        var goal = Goal(null, null);
        goal.PlanSteps([new("Write a schedule", "Mo Manager", new DateOnly(2027, 2, 1), true), new("Buy a journal", null, null, false)]);
        Assert.Equal(["Write a schedule (Mo Manager, by 1 February 2027), done", "Buy a journal"], goal.Steps.Select(PlanText.Step));
    }

    [Fact]
    public void Document_OfAnEmptyPlan_IsValidAndSaysSo()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanDocument.Create(Wattle, [], Frameworks, new DateOnly(2026, 11, 23))), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Quality Improvement Plan", paragraphs[0]);
        Assert.Contains("The plan has no goals yet.", paragraphs);
        Assert.Equal("quality-improvement-plan-wattle-early-learning-2026-11-23.docx", PlanDocument.FileName(Wattle, new DateOnly(2026, 11, 23)));
    }
}
