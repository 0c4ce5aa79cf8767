using System.Text.RegularExpressions;
using Ascent.Web.Domain.People;

namespace Ascent.Web.Domain.SelfEvaluation;

/// A list of e-mail addresses pasted into one box: one a line, or several on a line separated by commas or
/// semicolons, as they come out of a spreadsheet column or an e-mail's "To" line ("Ava's mum <ava@example.com>"
/// is read as ava@example.com). Each address that cannot be used is kept with its line and the reason; an address
/// given twice (in any case) counts once.
public sealed partial class AddressList
{
    /// More than a nursery's families at once: a longer list is more likely pasted by mistake.
    public const int MaxAddresses = 300;

    private AddressList(IReadOnlyList<string> addresses, IReadOnlyList<AddressProblem> problems, int duplicates)
    {
        Addresses = addresses;
        Problems = problems;
        Duplicates = duplicates;
    }

    /// The usable addresses, in the order given, each once.
    public IReadOnlyList<string> Addresses { get; }

    public IReadOnlyList<AddressProblem> Problems { get; }

    /// How many addresses were left out for being given already.
    public int Duplicates { get; }

    public bool IsEmpty => Addresses.Count == 0 && Problems.Count == 0;

    public static AddressList Parse(string? text)
    {
        var addresses = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<AddressProblem>();
        var duplicates = 0;
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var entry in lines[i].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var address = AddressOf(entry);
                if (ProblemWith(address) is { } reason)
                    problems.Add(new AddressProblem(i + 1, entry, reason));
                else if (!seen.Add(address))
                    duplicates++;
                else
                    addresses.Add(address);
            }
        }

        return new AddressList(addresses, problems, duplicates);
    }

    /// "Name <address>" gives the address; anything else is taken as the address itself.
    private static string AddressOf(string entry)
    {
        var match = NamedAddress().Match(entry);
        return (match.Success ? match.Groups[1].Value : entry).Trim();
    }

    /// Why an address cannot be sent to, in words a setting's manager can act on; null when it can. Not every rule
    /// of RFC 5322: what catches a typing or pasting mistake without refusing an address people really have.
    public static string? ProblemWith(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var domain = at < 0 ? "" : address[(at + 1)..];
        return address.Length > Invitation.EmailMaxLength ? $"is longer than {Invitation.EmailMaxLength} characters"
            : address.Any(char.IsWhiteSpace) ? "has a space in it"
            : at < 0 ? "has no @ in it"
            : address.IndexOf('@', at + 1) >= 0 ? "has more than one @ in it"
            : at == 0 ? "has nothing before the @"
            : domain.Length == 0 ? "has nothing after the @"
            : !domain.Contains('.', StringComparison.Ordinal) || domain.EndsWith('.') ? "is missing the end of the address after the @, like example.com"
            : !Domain().IsMatch(domain) ? "has a character after the @ that an address cannot have"
            : !LocalPart().IsMatch(address[..at]) ? "has a character before the @ that an address cannot have"
            : null;
    }

    [GeneratedRegex(@"<([^<>]*)>\s*$")]
    private static partial Regex NamedAddress();

    // Letters (any script), digits and hyphens in dot-separated labels.
    [GeneratedRegex(@"^[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?(\.[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?)+$")]
    private static partial Regex Domain();

    [GeneratedRegex(@"^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$")]
    private static partial Regex LocalPart();
}

/// One entry of a pasted list that cannot be used: on which line, as typed, and why.
public sealed record AddressProblem(int Line, string Text, string Reason)
{
    public string Describe() => $"Line {Line}: ‘{Text}’ {Reason}";
}
