using System.Text;
using Ascent.Web.Domain;
using Ascent.Web.Services.Settings;

namespace Ascent.Tests.BadInput;

/// The rules the bad-input suite relies on, one by one: what a file may be, what is taken out of typed text, and
/// how a groupings CSV that is not UTF-8 or not well formed is refused with its line.
public sealed class UploadAndTextRulesTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n"u8.ToArray();

    [Fact]
    public void AFileOverTheLimit_IsRefusedWithTheLimitInWords()
    {
        Assert.Equal("plan.pdf must be smaller than 10MB", AllowedFiles.Problem("plan.pdf", 60L * 1024 * 1024, 10 * 1024 * 1024, Pdf, out _));
    }

    [Theory]
    [InlineData("setup.exe", new byte[] { 0x4D, 0x5A, 0x90 }, "setup.exe must be a PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, JPEG, PNG, GIF or WebP file")]
    [InlineData("report.pdf", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, "report.pdf is not what its name says: save it again as a PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, JPEG, PNG, GIF or WebP file")]
    [InlineData("notes.txt", new byte[] { 0x61, 0x00, 0x62 }, "notes.txt is not what its name says: save it again as a PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV, JPEG, PNG, GIF or WebP file")]
    public void AFileOutsideTheAllowList_OrNotWhatItsNameSays_IsRefused(string name, byte[] head, string problem)
    {
        Assert.Equal(problem, AllowedFiles.Problem(name, head.Length, 1024, head, out _));
    }

    [Fact]
    public void AnAllowedFile_IsServedWithTheTypeOfItsExtension_NotTheBrowsers()
    {
        Assert.Null(AllowedFiles.Problem("plan.docx", 10, 1024, [0x50, 0x4B, 0x03, 0x04], out var type));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", type);
        Assert.Null(AllowedFiles.Problem("photo.JPG", 10, 1024, [0xFF, 0xD8, 0xFF, 0xE0], out type));
        Assert.Equal("image/jpeg", type);
    }

    [Theory]
    [InlineData("C:\\fakepath\\plan.pdf", "plan.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("evil\0name.pdf", "evilname.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("C:\\fakepath\\ ", null)]
    [InlineData("...", null)]
    public void AFileName_KeepsOnlyItsLastPart_WithoutControlCharacters(string sent, string? kept)
    {
        Assert.Equal(kept, FreeText.FileName(sent, AllowedFiles.FileNameMaxLength));
    }

    [Fact]
    public void ALongFileName_IsShortenedKeepingItsExtension()
    {
        var kept = FreeText.FileName(new string('n', 400) + ".pdf", AllowedFiles.FileNameMaxLength)!;
        Assert.Equal(AllowedFiles.FileNameMaxLength, kept.Length);
        Assert.EndsWith("n.pdf", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedText_LosesControlCharacters_ButKeepsLineBreaksTabsAndEmoji()
    {
        Assert.Equal("a\tb\r\nc 👩‍👧 مرحبا", FreeText.WithoutControlCharacters("a\tb\0\r\n\u0007c\u001b 👩‍👧 \u202Eمرحبا\uD83D"));
        const string plain = "Nothing to take out";
        Assert.Same(plain, FreeText.WithoutControlCharacters(plain));
    }

    [Fact]
    public void AGroupingsFileInLatin1_IsRefusedAtTheLineOfItsFirstAccent()
    {
        var file = Encoding.Latin1.GetBytes("URN,District\nEY100001,North\nEY100002,Caf\u00e9 Quarter\n");
        var (rows, problems) = GroupingsFile.Read(new MemoryStream(file));
        Assert.Empty(rows);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.LineNumber);
        Assert.StartsWith("The file is not UTF-8 text", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupingsFileWithAQuoteNeverClosed_IsRefusedAtItsLine()
    {
        var file = Encoding.UTF8.GetBytes("URN,District\nEY100001,North\nEY100002,\"South\nEY100003,East\n");
        var (_, problems) = GroupingsFile.Read(new MemoryStream(file));
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.LineNumber);
        Assert.Equal("A quoted cell starting on this line is never closed: check the quotation marks", problem.Reason);
    }
}
