using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using QRCoder;

namespace Ascent.Web.Services.SelfEvaluation;

/// Makes the links a setting gives parents and staff: one at a time, one each for a list of e-mail addresses (each
/// e-mailed through the outbox), or a sheet of printed links with QR codes. Every link is for the draft
/// self-evaluation and is saved, audited, by the caller's SaveChanges along with its e-mails.
public sealed class VoiceLinks(AppDbContext db, TimeProvider time, Outbox outbox, Links links)
{
    /// The most links one printed sheet makes: ten A4 pages.
    public const int MaxPrinted = 80;

    public string Invite(Setting setting, Evaluation draft, VoiceAudience audience, string? label, string? email)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var (invitation, token) = VoiceInvitation.Create(draft, audience, label, db.CurrentUser.DisplayName, time.GetUtcNow());
        db.VoiceInvitations.Add(invitation);
        var link = links.Absolute($"/voices/{token}");
        if (email is not null)
            Email(setting, invitation, email, link);
        return link;
    }

    /// One link each, e-mailed; the addresses are used to send, not kept with the links.
    public int InviteAll(Setting setting, Evaluation draft, VoiceAudience audience, string? label, IEnumerable<string> emails)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var count = 0;
        foreach (var email in emails)
        {
            Invite(setting, draft, audience, label, email);
            count++;
        }

        return count;
    }

    /// `count` links with short codes to print, each labelled with its place on the sheet so an unused one can
    /// be found and closed.
    public IReadOnlyList<PrintedLink> Print(Evaluation draft, VoiceAudience audience, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPrinted);
        var now = time.GetUtcNow();
        var printedOn = Format.Date(time.Today());
        var printed = new List<PrintedLink>();
        for (var number = 1; number <= count; number++)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"Printed sheet of {printedOn}, link {number} of {count}");
            var (invitation, code) = VoiceInvitation.CreatePrinted(draft, audience, label, db.CurrentUser.DisplayName, now);
            db.VoiceInvitations.Add(invitation);
            var url = links.Absolute($"/v/{code}");
            printed.Add(new PrintedLink(number, url, QrCodeDataUri(url)));
        }

        return printed;
    }

    /// The link drawn as a QR code, an SVG in a data: URI (the Content-Security-Policy allows data: images). Error
    /// correction M: a printed sheet is scanned from paper that may be creased or smudged.
    public static string QrCodeDataUri(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    private void Email(Setting setting, VoiceInvitation invitation, string email, string link) =>
        // Confidential: the link is the only key to the form, for this person alone.
        outbox.Add(invitation.TenantId, email, "", $"{setting.Name} would like to hear from you", EmailBody(setting, link), confidential: true);

    private static string EmailBody(Setting setting, string link) =>
        $"{setting.Name} is looking at how well it is doing, and would like to know what you think.\n\n"
        + $"Please answer a few short questions here:\n{link}\n\n"
        + "You do not need an account. The link works once, until the setting finishes this self-evaluation. "
        + $"Your answers go to {setting.Name}, and its local authority's early years team may read them.\n";
}

/// One link of a printed sheet: its number on the sheet, the address to type and its QR code.
public sealed record PrintedLink(int Number, string Url, string QrCodeDataUri);
