using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Web.Services.Offer;

/// A certificate of attendance as a Word document (built like the note of visit's, Services/Visits/NoteDocument).
public static class CertificateDocument
{
    public const string ContentType = Visits.NoteDocument.ContentType;

    public static byte[] Create(CertificateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph("Certificate of attendance", size: 44, bold: true));
            body.Append(Paragraph("This is to certify that"));
            body.Append(Paragraph(facts.Person, size: 36, bold: true));
            body.Append(Paragraph($"of {facts.Setting}"));
            body.Append(Paragraph("attended every session of"));
            body.Append(Paragraph(facts.Course, size: 32, bold: true));
            foreach (var line in facts.SessionLines)
                body.Append(Paragraph(line));
            body.Append(Paragraph($"Total: {facts.HoursText}"));
            body.Append(Paragraph($"Provided by {facts.LocalAuthority}"));
            body.Append(Paragraph($"Issued by Ascent on {Infrastructure.Format.Date(facts.IssuedOn)}"));
            body.Append(Paragraph($"Certificate number {facts.Number}", size: 18));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// Several certificates as one .zip, one document each.
    public static byte[] Zip(IEnumerable<CertificateFacts> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var facts in certificates)
            {
                using var entry = zip.CreateEntry(facts.FileName).Open();
                entry.Write(Create(facts));
            }
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, int size = 24, bool bold = false)
    {
        var properties = new RunProperties(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
            properties.PrependChild(new Bold());
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
