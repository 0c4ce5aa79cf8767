using System.IO.Packaging;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Web.Services.Funding;

/// Funding letters are Word documents made from a template with {{Placeholders}}: Ascent's own, or one the LA
/// uploaded (FundingLetterTemplate) to use its letterhead and wording.
public static partial class FundingLetters
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IReadOnlyList<string> Placeholders { get; } =
        ["SettingName", "Reference", "RegisteredPerson", "Recipient", "Salutation", "Entitlements", "Decision", "Change", "Reason", "EffectiveDate",
            "DecisionDate", "ManagerName", "LaName"];

    /// What each placeholder becomes, for the template page.
    public static string Describe(string placeholder) => placeholder switch
    {
        "SettingName" => "the setting's name",
        "Reference" => "the setting's URN",
        "RegisteredPerson" => "the registered person's name from the register, or the setting's name when the register has none",
        "Recipient" => "the registered person, the setting and its address, one line each",
        "Salutation" => "\"Dear\" and the registered person's name, or the setting's name",
        "Entitlements" => "what is funded, for example \"funding for two-year-olds (FF2)\"",
        "Decision" => "\"withdrawn\", \"reinstated\" or \"not available\"",
        "Change" => "a sentence saying what changes and from when, for example \"We are withdrawing your funding for two-year-olds (FF2) at Little Acorns from 1 January 2027, the start of the next funding term.\"",
        "Reason" => "why, from the funding rule",
        "EffectiveDate" => "the day the change takes effect, as set below",
        "DecisionDate" => "the day the decision was confirmed",
        "ManagerName" => "the name of the person who confirmed it",
        "LaName" => "the local authority's name",
        _ => placeholder,
    };

    /// Ascent's own template, built here rather than shipped as a binary so that its wording is reviewed as code.
    public static byte[] DefaultTemplate()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Line("{{LaName}}", bold: true),
                Line("{{DecisionDate}}"),
                Line(""),
                Line("{{Recipient}}"),
                Line(""),
                Line("URN: {{Reference}}"),
                Line(""),
                Line("{{Salutation}},"),
                Line("Early education funding at {{SettingName}}", bold: true),
                Line("{{Change}}"),
                Line("{{Reason}}"),
                Line("If you would like to discuss this decision, please contact the Early Years and Childcare Service."),
                Line(""),
                Line("Yours sincerely,"),
                Line("{{ManagerName}}"),
                Line("Improvement and Standards Manager, {{LaName}}")));
        }

        return stream.ToArray();
    }

    /// The template with every placeholder filled in.
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        using var stream = new MemoryStream();
        stream.Write(template);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var paragraph in Paragraphs(document))
            {
                FillParagraph(paragraph, values);
                BreakLines(paragraph);
            }
        }

        return stream.ToArray();
    }

    /// Why an uploaded template cannot be used, or null when it can.
    public static string? Problem(byte[] template)
    {
        try
        {
            using var stream = new MemoryStream(template, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            if (document.MainDocumentPart?.Document?.Body is null)
                return "The selected file must be a Word document (.docx)";
            var unknown = Paragraphs(document)
                .SelectMany(p => PlaceholderPattern().Matches(string.Concat(p.Descendants<Text>().Select(t => t.Text))))
                .Select(m => m.Groups[1].Value)
                .Where(name => !Placeholders.Contains(name))
                .Distinct()
                .ToList();
            return unknown.Count == 0
                ? null
                : $"The template uses {string.Join(", ", unknown.Select(u => "{{" + u + "}}"))}, which Ascent does not fill in. Use only {string.Join(", ", Placeholders.Select(p => "{{" + p + "}}"))}";
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            return "The selected file must be a Word document (.docx)";
        }
    }

    /// The text of a letter, paragraph by paragraph; for reading one back.
    public static string Text(byte[] letter) => string.Join('\n', ParagraphTexts(letter));

    /// The paragraphs of the body, headers and footers as text (all of which the placeholders fill), a line break
    /// within one as "\n": what the decision page previews.
    public static IReadOnlyList<string> ParagraphTexts(byte[] letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream(letter, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. Paragraphs(document).Select(ParagraphText)];
    }

    private static string ParagraphText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text text => text.Text,
            Break => "\n",
            _ => "",
        }));

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        if (main is null)
            return [];
        var roots = new List<OpenXmlPartRootElement?> { main.Document };
        roots.AddRange(main.HeaderParts.Select(h => h.Header));
        roots.AddRange(main.FooterParts.Select(f => f.Footer));
        return [.. roots.OfType<OpenXmlPartRootElement>().SelectMany(r => r.Descendants<Paragraph>())];
    }

    private static void FillParagraph(Paragraph paragraph, IReadOnlyDictionary<string, string> values)
    {
        var texts = paragraph.Descendants<Text>().ToList();
        foreach (var text in texts)
            text.Text = Replace(text.Text, values);
        var whole = string.Concat(texts.Select(t => t.Text));
        if (!PlaceholderPattern().IsMatch(whole))
            return;

        // Word splits text into runs wherever formatting or editing history changes, so a placeholder can span
        // several: the paragraph's text then goes into its first run, in that run's formatting.
        texts[0].Text = Replace(whole, values);
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var text in texts.Skip(1))
            text.Text = "";
    }

    // A value of several lines (the address) becomes lines of the same paragraph, so the template's spacing holds.
    private static void BreakLines(Paragraph paragraph)
    {
        foreach (var text in paragraph.Descendants<Text>().Where(t => t.Text.Contains('\n', StringComparison.Ordinal)).ToList())
        {
            var lines = text.Text.Split('\n');
            text.Text = lines[0];
            OpenXmlElement after = text;
            foreach (var line in lines.Skip(1))
            {
                var lineBreak = new Break();
                after.InsertAfterSelf(lineBreak);
                var next = new Text(line) { Space = SpaceProcessingModeValues.Preserve };
                lineBreak.InsertAfterSelf(next);
                after = next;
            }
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    private static Paragraph Line(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
            run.PrependChild(new RunProperties(new Bold()));
        return new Paragraph(run);
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
