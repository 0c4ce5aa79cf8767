using System.Globalization;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Format = Ascent.Web.Infrastructure.Format;

namespace Ascent.Web.Services.Improvement;

/// The improvement plan as a Word document, the one a setting sends its adviser and shows an inspector. An English
/// setting gets a Setting Improvement Plan: one table, a row per goal. An Australian service gets the shape of
/// ACECQA's optional QIP template: service details, then per quality area the improvement plan table with the
/// template's own column headings (docs: ../shared/domain/frameworks.md). Landscape A4, because both tables are wide.
public static class PlanDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 landscape in twentieths of a point, with 1.5 cm margins.
    private const int PageWidth = 16838;
    private const int PageHeight = 11906;
    private const int Margin = 851;
    private const int TextWidth = PageWidth - (2 * Margin);

    public static readonly string[] SipColumns =
    [
        "Priority and area", "Issue", "Outcome", "Steps (who, by when)", "Success measure", "By when", "Status", "Progress", "Impact",
    ];

    public static readonly string[] QipColumns =
    [
        "Standard/element", "Issue identified during self-assessment", "What outcome or goal do we seek?", "Priority (L/M/H)",
        "How will we get this outcome? (Steps)", "Success measure", "By when?", "Progress notes",
    ];

    public static bool IsQip(Setting setting) =>
        string.Equals(setting?.Regulator, "ACECQA", StringComparison.OrdinalIgnoreCase);

    public static string Title(Setting setting) => IsQip(setting) ? "Quality Improvement Plan" : "Setting Improvement Plan";

    public static string FileName(Setting setting, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var name = new string([.. setting.Name.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
        return $"{(IsQip(setting) ? "quality" : "setting")}-improvement-plan-{name}-{today:yyyy-MM-dd}.docx".ToLowerInvariant();
    }

    /// Goals in the order they are given (the caller's: open by priority, then closed). For a QIP, the service's
    /// statement gives the philosophy and details, and the self-evaluation each quality area's summary of strengths.
    public static byte[] Create(Setting setting, IReadOnlyList<PlanGoal> goals, FrameworkRegistry frameworks, DateOnly today, ServiceStatement? statement = null, Evaluation? selfEvaluation = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(frameworks);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(Title(setting), size: 36, bold: true));
            body.Append(Paragraph($"{setting.Name}, produced {Format.Date(today)}"));
            body.Append(Heading(IsQip(setting) ? "Service details" : "Setting details"));
            body.Append(DetailsTable(setting, statement));
            if (IsQip(setting))
            {
                body.Append(Heading("Statement of philosophy"));
                foreach (var line in (statement?.Philosophy ?? "Not written yet.").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    body.Append(Paragraph(line));
                AppendQip(body, goals, frameworks, selfEvaluation);
            }
            else if (goals.Count == 0)
            {
                body.Append(Paragraph("The plan has no goals yet."));
            }
            else
            {
                AppendSip(body, goals, frameworks);
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 425, Footer = 425, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AppendSip(Body body, IReadOnlyList<PlanGoal> goals, FrameworkRegistry frameworks)
    {
        body.Append(Heading("Improvement plan"));
        var rows = goals.Select(goal => new[]
        {
            Lines(PlanText.Priority(goal.Priority) + " priority", PlanText.Area(goal, frameworks)),
            Lines(goal.Issue),
            Lines(goal.Outcome),
            goal.Steps.OrderBy(s => s.Position).Select(PlanText.Step).ToList(),
            Lines(goal.SuccessMeasure),
            Lines(Format.Date(goal.ByWhen)),
            Lines(PlanText.Status(goal.Status)),
            PlanText.Progress(goal).ToList(),
            PlanText.Impact(goal).ToList(),
        });
        body.Append(Table(SipColumns, [10, 11, 13, 17, 11, 7, 7, 13, 11], rows));
    }

    /// Per quality area, in the framework's order: the summary of strengths (from the self-evaluation), the key
    /// improvements sought (the goals) and the improvement plan table; then goals not tied to an area. An area with
    /// neither strengths nor goals is left out: the template says not every standard must be covered.
    private static void AppendQip(Body body, IReadOnlyList<PlanGoal> goals, FrameworkRegistry frameworks, Evaluation? selfEvaluation)
    {
        var framework = selfEvaluation is not null && frameworks.TryGet(selfEvaluation.FrameworkCode, out var kept) ? kept : null;
        var byArea = goals.GroupBy(g => PlanText.TopArea(g, frameworks)?.Code ?? "").ToDictionary(g => g.Key, g => g.ToList());
        var areas = (framework is null ? [] : Evaluation.AreasOf(framework).ToList())
            .Concat(goals.Select(g => PlanText.TopArea(g, frameworks)).OfType<FrameworkArea>())
            .DistinctBy(a => a.Code).ToList();
        if (areas.Count == 0 && goals.Count == 0)
            body.Append(Paragraph("The plan has no goals yet."));
        foreach (var area in areas)
        {
            var strengths = selfEvaluation?.Areas.FirstOrDefault(a => a.AreaCode == area.Code)?.Strengths;
            var areaGoals = byArea.GetValueOrDefault(area.Code) ?? [];
            if (strengths is null && areaGoals.Count == 0)
                continue;
            body.Append(Heading($"Quality Area {QualityAreaNumber(area)}: {area.Name}"));
            body.Append(Paragraph("Summary of strengths", bold: true));
            foreach (var line in (strengths ?? "Not recorded in the self-assessment.").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                body.Append(Paragraph(line));
            AppendQipGoals(body, areaGoals, frameworks);
        }

        if (byArea.GetValueOrDefault("") is { } loose)
        {
            body.Append(Heading("Improvements not tied to a quality area"));
            AppendQipGoals(body, loose, frameworks);
        }
    }

    private static void AppendQipGoals(Body body, List<PlanGoal> goals, FrameworkRegistry frameworks)
    {
        body.Append(Paragraph("Key improvements sought", bold: true));
        if (goals.Count == 0)
        {
            body.Append(Paragraph("None planned for this quality area."));
            return;
        }

        foreach (var goal in goals)
            body.Append(Paragraph("• " + goal.Outcome));
        body.Append(Paragraph("Improvement plan", bold: true));
        var rows = goals.Select(goal => new[]
        {
            Lines(PlanText.Area(goal, frameworks)),
            Lines(goal.Issue),
            Lines(goal.Outcome, "Status: " + PlanText.Status(goal.Status)),
            Lines(PlanText.Priority(goal.Priority)[..1]),
            goal.Steps.OrderBy(s => s.Position).Select(PlanText.Step).ToList(),
            Lines(goal.SuccessMeasure),
            Lines(Format.Date(goal.ByWhen)),
            [.. PlanText.Progress(goal), .. PlanText.Impact(goal)],
        });
        body.Append(Table(QipColumns, [10, 13, 14, 7, 18, 13, 8, 17], rows));
    }

    /// "qa3" is Quality Area 3; the framework file's codes are ours, so fall back to the code itself.
    private static string QualityAreaNumber(FrameworkArea area) =>
        area.Code.StartsWith("qa", StringComparison.OrdinalIgnoreCase) ? area.Code[2..] : area.Code;

    private static Table DetailsTable(Setting setting, ServiceStatement? statement)
    {
        var address = string.Join(", ", new[] { setting.AddressLine1, setting.AddressLine2, setting.AddressLine3, setting.Town, setting.Postcode }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        var qip = IsQip(setting);
        (string Key, string? Value)[] details =
        [
            (qip ? "Service name" : "Setting name", setting.Name),
            (qip ? "Service approval number" : "Ofsted URN", setting.Reference),
            (qip ? "Approved provider" : "Registered person", setting.RegisteredPersonName),
            ("Address", address),
            ("Telephone", setting.Telephone),
            ("Type", setting.ProviderType),
            ("Nominated supervisor", statement?.NominatedSupervisor),
            ("Postal address", statement?.PostalAddress),
            ("Operating hours", statement?.OperatingHours),
            ("How children are grouped", statement?.ChildGrouping),
            ("Who prepared this plan", statement?.PreparedBy),
        ];
        var table = NewTable([30, 70]);
        foreach (var (key, value) in details.Where(d => !string.IsNullOrWhiteSpace(d.Value)))
            table.Append(new TableRow(Cell([key], bold: true, shaded: true), Cell([value!])));
        return table;
    }

    private static Table Table(string[] headers, int[] weights, IEnumerable<List<string>[]> rows)
    {
        var table = NewTable(weights);
        // A header row that Word repeats at the top of each page the table runs onto.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(headers.Select(h => Cell([h], bold: true, shaded: true)));
        table.Append(header);
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(lines => Cell(lines))));
        return table;
    }

    private static Table NewTable(int[] weights)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => TextWidth * w / total).ToList();
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                Border(new TopBorder()), Border(new LeftBorder()), Border(new BottomBorder()), Border(new RightBorder()),
                Border(new InsideHorizontalBorder()), Border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })]));
        return table;
    }

    private static T Border<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4U;
        border.Color = "505A5F";
        return border;
    }

    private static TableCell Cell(List<string> lines, bool bold = false, bool shaded = false)
    {
        var cell = new TableCell();
        if (shaded)
            cell.Append(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3F2F1" }));
        // A cell must hold at least one paragraph, even an empty one.
        foreach (var line in lines.Count == 0 ? [""] : lines)
            cell.Append(Paragraph(line, size: 18, bold: bold, spacingAfter: 40));
        return cell;
    }

    private static List<string> Lines(params string?[] lines) => [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)];

    private static Paragraph Heading(string text) => Paragraph(text, size: 28, bold: true, spacingBefore: 240);

    private static Paragraph Paragraph(string text, int size = 22, bool bold = false, int spacingBefore = 0, int spacingAfter = 120)
    {
        var run = new RunProperties();
        if (bold)
            run.Append(new Bold());
        run.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines
            {
                Before = spacingBefore.ToString(CultureInfo.InvariantCulture),
                After = spacingAfter.ToString(CultureInfo.InvariantCulture),
            }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// Arial throughout: plain and legible on screen and on paper, and on every machine an adviser might open it on.
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));
        styles.Styles.Save();
    }
}
