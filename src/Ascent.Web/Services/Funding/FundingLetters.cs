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
        ["SettingName", "Reference", "Entitlements", "Decision", "Reason", "DecisionDate", "ManagerName", "LaName"];

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
                Line("{{SettingName}}"),
                Line("URN: {{Reference}}"),
                Line(""),
                Line("Dear registered person,"),
                Line("Early education funding: {{Entitlements}}", bold: true),
                Line("We are writing to tell you that the local authority's funding of {{Entitlements}} at {{SettingName}} is {{Decision}} from {{DecisionDate}}."),
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
                FillParagraph(paragraph, values);
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
    public static string Text(byte[] letter)
    {
        using var stream = new MemoryStream(letter, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join('\n', Paragraphs(document).Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
    }

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
