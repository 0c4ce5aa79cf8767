using Ascent.Web.Domain.Visits;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Web.Services.Visits;

/// A note of visit as a Word document, laid out like the printed note: the title, then each section with a heading
/// and its lines. Built with the OpenXML SDK; tests open the result and read it back.
public static class NoteDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string FileName(Visit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var name = new string([.. (visit.Setting?.Name ?? "setting").Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
        return $"note-of-visit-{name}-{visit.HeldOn ?? visit.Date:yyyy-MM-dd}.docx".ToLowerInvariant();
    }

    public static byte[] Create(VisitNote note, Visit visit)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph("Note of visit", size: 36, bold: true));
            if (!note.IsIssued)
                body.Append(Paragraph("DRAFT: not yet issued", bold: true));
            foreach (var (heading, text) in NoteText.Sections(note, visit))
            {
                body.Append(Paragraph(heading, size: 28, bold: true));
                foreach (var line in text.Split('\n'))
                    body.Append(Paragraph(line));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// The document's text, paragraph by paragraph: what tests and the preview read back.
    public static IReadOnlyList<string> Paragraphs(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, false);
        return [.. word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText)];
    }

    private static Paragraph Paragraph(string text, int size = 22, bool bold = false)
    {
        var properties = new RunProperties(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
            properties.PrependChild(new Bold());
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
