using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Web.Domain.QualityMark;

/// What an accreditation certificate says: who awards it, the scheme and level, the setting, when it was awarded,
/// when its reviews fall due (SchemeSchedule.From) and its reference number (CertificateReference).
public sealed record CertificateDetails(
    string LocalAuthority,
    string Scheme,
    string Level,
    string SettingName,
    string Urn,
    DateOnly AwardedOn,
    IReadOnlyList<ScheduledReview> Reviews,
    string Reference);

/// An accreditation certificate as a Word document (A4 landscape, centred), built with the OpenXML SDK like the note
/// of visit and the improvement plan; Ascent makes no PDFs, so the setting prints or saves it as PDF from Word.
public static class CertificateDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string FileName(CertificateDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = new string([.. details.SettingName.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return $"certificate-{details.Reference}-{name}.docx".ToLowerInvariant();
    }

    /// The certificate's lines, top to bottom: the document and anything that previews it show these.
    public static IReadOnlyList<string> Lines(CertificateDetails details) => [.. Layout(details).Select(l => l.Text)];

    public static byte[] Create(CertificateDetails details)
    {
        var layout = Layout(details);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in layout)
                body.Append(Paragraph(line));

            // A4 landscape (sizes in twentieths of a point), as a certificate is framed.
            body.Append(new SectionProperties(
                new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static List<Line> Layout(CertificateDetails details)
    {
        Check(details);
        var lines = new List<Line>
        {
            new(details.LocalAuthority, 28),
            new(details.Scheme, 48, Bold: true),
            new("This is to certify that", 26, Before: 480),
            new(details.SettingName, 44, Bold: true),
            new($"URN {details.Urn}", 24),
            new("has been awarded", 26, Before: 240),
            new(details.Level, 44, Bold: true),
            new($"on {Date(details.AwardedOn)}", 26),
        };
        for (var i = 0; i < details.Reviews.Count; i++)
            lines.Add(new($"{details.Reviews[i].Label} due by {Date(details.Reviews[i].DueOn)}", 20, Before: i == 0 ? 480 : 0));
        lines.Add(new($"Reference {details.Reference}", 20, Bold: true, Before: 360));
        return lines;
    }

    private static void Check(CertificateDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.LocalAuthority);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Scheme);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Level);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.SettingName);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Urn);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Reference);
        ArgumentNullException.ThrowIfNull(details.Reviews);
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    private static Paragraph Paragraph(Line line)
    {
        var properties = new RunProperties(new FontSize { Val = line.Size.ToString(CultureInfo.InvariantCulture) });
        if (line.Bold)
            properties.PrependChild(new Bold());
        return new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = line.Before.ToString(CultureInfo.InvariantCulture), After = "80" },
                new Justification { Val = JustificationValues.Center }),
            new Run(properties, new Text(line.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// One line of the certificate: its size in half-points and the space before it in twentieths of a point.
    private sealed record Line(string Text, int Size, bool Bold = false, int Before = 0);
}
