using Ascent.Web.Domain.QualityMark;

namespace Ascent.Tests.Domain.QualityMark;

public sealed class CertificateReferenceTests
{
    [Theory]
    [InlineData("quality-mark", 2026, 42, "QM-2026-0042")]
    [InlineData("quality-mark", 2027, 1, "QM-2027-0001")]
    [InlineData("bristol-standard", 2026, 12345, "BS-2026-12345")]
    [InlineData("kqm", 2026, 7, "KQM-2026-0007")]
    [InlineData("excellence", 2026, 7, "EXCE-2026-0007")]
    [InlineData("quality-mark-2", 2026, 3, "QM2-2026-0003")]
    public void Format_IsTheSchemesLetters_TheYear_AndTheNumberWithinTheYear(string scheme, int year, int sequence, string expected) =>
        Assert.Equal(expected, CertificateReference.Format(scheme, year, sequence));

    [Fact]
    public void Format_RefusesANumberBelowOne_AndAYearThatIsNotFourDigits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateReference.Format("quality-mark", 2026, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateReference.Format("quality-mark", 26, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertificateReference.Format("quality-mark", 10000, 1));
        Assert.Throws<ArgumentException>(() => CertificateReference.Format("--", 2026, 1));
    }

    [Fact]
    public void Next_CountsOnFromTheLastAwardOfTheSameSchemeAndYear()
    {
        string[] given = ["QM-2026-0001", "QM-2026-0009", "QM-2025-0040", "BS-2026-0050", "not a reference"];

        Assert.Equal("QM-2026-0010", CertificateReference.Next("quality-mark", 2026, given));
        Assert.Equal("QM-2027-0001", CertificateReference.Next("quality-mark", 2027, given));
        Assert.Equal("BS-2026-0051", CertificateReference.Next("bristol-standard", 2026, given));
        Assert.Equal("QM-2026-10000", CertificateReference.Next("quality-mark", 2026, ["QM-2026-9999"]));
    }

    [Theory]
    [InlineData("QM-2026-0042", "QM", 2026, 42)]
    [InlineData("  qm-2026-0042 ", "QM", 2026, 42)]
    [InlineData("BS-2026-12345", "BS", 2026, 12345)]
    public void TryParse_ReadsAReferenceAsSomeoneTypesIt(string text, string prefix, int year, int sequence)
    {
        Assert.True(CertificateReference.TryParse(text, out var parsed));
        Assert.Equal(new ParsedReference(prefix, year, sequence), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("QM-2026-42")]
    [InlineData("QM-26-0042")]
    [InlineData("QM-2026-0000")]
    [InlineData("QM 2026 0042")]
    [InlineData("QM-2026-0042-1")]
    public void TryParse_RefusesWhatIsNotAReference(string? text)
    {
        Assert.False(CertificateReference.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void AFormattedReference_ReadsBackTheSame()
    {
        var text = CertificateReference.Format("quality-mark", 2026, 42);

        Assert.True(CertificateReference.TryParse(text, out var parsed));
        Assert.Equal(text, parsed!.ToString());
    }
}
