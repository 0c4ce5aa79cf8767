using System.Globalization;
using Ascent.Web.Domain.QualityMark;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Web.Services.QualityMark;

/// The impact report as a Word document for a cabinet report: a title, the date it counts at, the three tables (each
/// cell "9 of 18 (50%)", a group too small to compare marked) and the notes, built with the OpenXML SDK like the
/// improvement plan. A4 portrait, Arial.
public static class ImpactDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string TooSmall = "too small to compare";

    private const int TextWidth = 9026; // A4 less 2.54 cm margins, in twentieths of a point.

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// A cell as the page and the document write it: "9 of 18 (50%)", with "(too small to compare)" after a small group.
    public static string Cell(Share share)
    {
        ArgumentNullException.ThrowIfNull(share);
        return share.TooSmallToCompare ? $"{share} ({TooSmall})" : share.ToString();
    }

    public static string Title(string localAuthority) => $"Quality mark: do accredited settings do better? {localAuthority}";

    public static byte[] Create(ImpactReportOf report, DateOnly producedOn)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = report.Tables;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(Title(report.LocalAuthority), size: 36, bold: true));
            body.Append(Paragraph($"Inspections and accreditations as they stood on {Date(tables.At)}. Produced by Ascent on {Date(producedOn)}."));

            body.Append(Heading("Grades at the date"));
            body.Append(Paragraph("Of the settings whose latest inspection has an overall grade, how many were judged outstanding, and good or outstanding."));
            body.Append(Table(
                ["Settings", "Accredited: outstanding", "Accredited: good or outstanding", "Other settings: outstanding", "Other settings: good or outstanding"],
                [22, 19, 20, 19, 20],
                tables.Grades.Select(r => new[]
                {
                    $"{r.Name} ({r.Accredited.Settings} accredited, {r.Other.Settings} other)",
                    Cell(r.Accredited.Outstanding), Cell(r.Accredited.GoodOrOutstanding), Cell(r.Other.Outstanding), Cell(r.Other.GoodOrOutstanding),
                })));
            body.Append(Paragraph(string.Join(" ", tables.Grades.Select(r =>
                $"{r.Name}: {r.Accredited.LatestWithoutOverallGrade + r.Other.LatestWithoutOverallGrade} latest inspected under a framework with no overall grade, "
                + $"{r.Accredited.NotInspected + r.Other.NotInspected} not inspected.")), size: 18));

            body.Append(Heading("Improvement since the previous inspection"));
            if (tables.Improvement.Rows.Count == 0)
            {
                body.Append(Paragraph("No setting had an inspection to compare with the one before it."));
            }
            else
            {
                body.Append(Paragraph($"Inspections from {Date(tables.Improvement.From!.Value)} set against the inspection before them, per judgement area."));
                body.Append(Table(
                    ["Judgement area", "Accredited: improved", "Accredited: by two grades or more", "Other settings: improved", "Other settings: by two grades or more"],
                    [22, 19, 20, 19, 20],
                    tables.Improvement.Rows.Select(r => new[]
                    {
                        r.AreaName, Cell(r.Accredited.Improved), Cell(r.Accredited.ImprovedByTwo), Cell(r.Other.Improved), Cell(r.Other.ImprovedByTwo),
                    })));
            }

            body.Append(Heading("Renewed framework evaluation areas"));
            if (tables.RenewedAreas.Count == 0)
                body.Append(Paragraph("No setting's latest inspection was under a framework without an overall grade."));
            foreach (var area in tables.RenewedAreas)
            {
                body.Append(Paragraph(area.AreaName, bold: true, spacingBefore: 120));
                body.Append(Table(["Grade", "Accredited", "Other settings"], [34, 33, 33],
                    area.Grades.Select(g => new[] { g.GradeLabel, Cell(g.Accredited), Cell(g.Other) })));
            }

            body.Append(Heading("What these figures can and cannot show"));
            foreach (var note in tables.Notes)
                body.Append(Paragraph(note));

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    private static Table Table(string[] headers, int[] weights, IEnumerable<string[]> rows)
    {
        var total = weights.Sum();
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                Border(new TopBorder()), Border(new LeftBorder()), Border(new BottomBorder()), Border(new RightBorder()),
                Border(new InsideHorizontalBorder()), Border(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. weights.Select(w => new GridColumn { Width = (TextWidth * w / total).ToString(CultureInfo.InvariantCulture) })]));
        // A header row that Word repeats at the top of each page the table runs onto.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(headers.Select(h => Cell(h, bold: true, shaded: true)));
        table.Append(header);
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(text => Cell(text))));
        return table;
    }

    private static T Border<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4U;
        border.Color = "505A5F";
        return border;
    }

    private static TableCell Cell(string text, bool bold = false, bool shaded = false)
    {
        var cell = new TableCell();
        if (shaded)
            cell.Append(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3F2F1" }));
        cell.Append(Paragraph(text, size: 18, bold: bold, spacingAfter: 40));
        return cell;
    }

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
