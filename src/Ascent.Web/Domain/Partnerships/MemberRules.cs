using System.Text.RegularExpressions;

namespace Ascent.Web.Domain.Partnerships;

/// The checks a member's details pass before they are kept, the same from a form and from a file: the lengths the
/// database holds, an e-mail address of the right shape, and the words for roles and partner types.
public static partial class MemberRules
{
    /// What a person types for each partner type (any case, spaces and punctuation ignored).
    public static IReadOnlyList<(PartnerType Type, string Label)> PartnerTypes { get; } =
    [
        (PartnerType.School, "School"),
        (PartnerType.HealthVisiting, "Health visiting"),
        (PartnerType.SocialCare, "Social care"),
        (PartnerType.Library, "Library"),
        (PartnerType.ChildrensCentre, "Children's centre"),
        (PartnerType.Other, "Other"),
    ];

    public static IReadOnlyList<(MemberRole Role, string Label)> Roles { get; } =
        [(MemberRole.Member, "Member"), (MemberRole.Lead, "Lead"), (MemberRole.Host, "Host")];

    public static string Label(PartnerType type) => PartnerTypes.First(t => t.Type == type).Label;

    public static string Label(MemberRole role) => Roles.First(r => r.Role == role).Label;

    public static PartnerType? ParsePartnerType(string? text)
    {
        var key = Key(text);
        return key.Length == 0 ? null : PartnerTypes.Where(t => Key(t.Label) == key || Key(t.Type.ToString()) == key).Select(t => (PartnerType?)t.Type).FirstOrDefault();
    }

    public static MemberRole? ParseRole(string? text)
    {
        var key = Key(text);
        return key.Length == 0 ? null : Roles.Where(r => Key(r.Label) == key).Select(r => (MemberRole?)r.Role).FirstOrDefault();
    }

    /// The first thing wrong with a contact, in words for the person who typed it, or null.
    public static string? ContactProblem(MemberContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.Name?.Trim().Length > PartnershipMember.ContactMaxLength)
            return $"The contact's name must be {PartnershipMember.ContactMaxLength} characters or fewer";
        if (contact.Role?.Trim().Length > PartnershipMember.ContactMaxLength)
            return $"The contact's role must be {PartnershipMember.ContactMaxLength} characters or fewer";
        if (contact.Email?.Trim().Length > PartnershipMember.EmailMaxLength)
            return $"The e-mail address must be {PartnershipMember.EmailMaxLength} characters or fewer";
        // The same check as every address Ascent writes to: one the outbox can send, never a failed send later.
        if (!string.IsNullOrWhiteSpace(contact.Email) && !Infrastructure.Email.EmailAddresses.IsValid(contact.Email, PartnershipMember.EmailMaxLength))
            return "Enter an e-mail address in the right format, like name@example.org";
        if (contact.Phone?.Trim().Length > PartnershipMember.PhoneMaxLength)
            return $"The phone number must be {PartnershipMember.PhoneMaxLength} characters or fewer";
        if (!string.IsNullOrWhiteSpace(contact.Phone) && !PhoneShape().IsMatch(contact.Phone.Trim()))
            return "Enter a phone number using digits, spaces and + ( ) - only";
        return null;
    }

    private static string Key(string? text) => new([.. (text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"^[0-9+()\- ]+$")]
    private static partial Regex PhoneShape();
}
