using Ascent.Web.Domain.QualityMark;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class CertificateDocumentTests
{
    private static readonly SchemeCycle Kent = new(AccreditationMonths: 12, AnnualReviews: 2, ReaccreditationMonths: 36, ReminderDays: 60);

    private static CertificateDetails Details(DateOnly awardedOn) => new(
        LocalAuthority: "Northfield Council",
        Scheme: "Northfield Quality Mark",
        Level: "Quality Mark",
        SettingName: "Little Acorns Day Nursery",
        Urn: "EY123456",
        AwardedOn: awardedOn,
        Reviews: SchemeSchedule.From(Kent, awardedOn),
        Reference: CertificateReference.Format("quality-mark", awardedOn.Year, 42));

    [Fact]
    public void TheCertificate_SaysWhoAwardedWhatToWhomAndWhen_ThenWhenItsReviewsFallDue_ThenItsReference()
    {
        var document = CertificateDocument.Create(Details(new DateOnly(2026, 11, 23)));

        Assert.Equal(
            [
                "Northfield Council",
                "Northfield Quality Mark",
                "This is to certify that",
                "Little Acorns Day Nursery",
                "URN EY123456",
                "has been awarded",
                "Quality Mark",
                "on 23 November 2026",
                "First annual review due by 23 November 2027",
                "Second annual review due by 23 November 2028",
                "Re-accreditation due by 23 November 2029",
                "Reference QM-2026-0042",
            ],
            Paragraphs(document));
    }

    [Fact]
    public void TheCertificate_IsAWordDocument_OnA4Landscape_WithTheSettingAndLevelInBold()
    {
        var document = CertificateDocument.Create(Details(new DateOnly(2026, 11, 23)) with { Level = "Gold" });

        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, page.Orient!.Value);
        Assert.True(page.Width!.Value > page.Height!.Value);
        var bold = body.Elements<Paragraph>().Where(p => p.Descendants<Bold>().Any()).Select(p => p.InnerText);
        Assert.Equal(["Northfield Quality Mark", "Little Acorns Day Nursery", "Gold", "Reference QM-2026-0042"], bold);
    }

    [Fact]
    public void ASchemeWithOnlyReaccreditation_ListsOnlyThat()
    {
        var awardedOn = new DateOnly(2028, 2, 29);
        var details = Details(awardedOn) with { Reviews = SchemeSchedule.From(Kent with { AnnualReviews = 0, ReaccreditationMonths = 24 }, awardedOn) };

        var lines = Paragraphs(CertificateDocument.Create(details));

        Assert.Equal(["on 29 February 2028", "Re-accreditation due by 28 February 2030", "Reference QM-2028-0042"], lines.Skip(7));
        Assert.Equal(lines, CertificateDocument.Lines(details));
    }

    [Fact]
    public void TheCertificate_NeedsEveryName()
    {
        var details = Details(new DateOnly(2026, 11, 23));

        Assert.Throws<ArgumentException>(() => CertificateDocument.Create(details with { SettingName = " " }));
        Assert.Throws<ArgumentException>(() => CertificateDocument.Create(details with { Urn = "" }));
        Assert.Throws<ArgumentException>(() => CertificateDocument.Create(details with { Reference = "" }));
    }

    [Fact]
    public void TheFileName_HasTheReferenceAndTheSetting_InPlainLetters()
    {
        var details = Details(new DateOnly(2026, 11, 23)) with { SettingName = "St Mary's Pre-school" };

        Assert.Equal("certificate-qm-2026-0042-st-mary-s-pre-school.docx", CertificateDocument.FileName(details));
    }

    private static List<string> Paragraphs(byte[] document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText)];
    }
}
