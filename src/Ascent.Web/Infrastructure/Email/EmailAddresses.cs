using MimeKit;

namespace Ascent.Web.Infrastructure.Email;

/// An address Ascent will write an e-mail to: one MimeKit can parse as a single mailbox, with an @, that fits the
/// column it is kept in. Checked in the form, so that a bad one is an error message and not a failed send.
public static class EmailAddresses
{
    public static bool IsValid(string? address, int maxLength = 256) =>
        !string.IsNullOrWhiteSpace(address)
        && address.Trim().Length <= maxLength
        && MailboxAddress.TryParse(address.Trim(), out var mailbox)
        && mailbox.Address.Contains('@', StringComparison.Ordinal)
        && string.Equals(mailbox.Address, address.Trim(), StringComparison.OrdinalIgnoreCase);
}
