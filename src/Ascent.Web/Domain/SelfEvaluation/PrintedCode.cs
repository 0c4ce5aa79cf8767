using System.Security.Cryptography;

namespace Ascent.Web.Domain.SelfEvaluation;

/// The code at the end of a link printed on paper for someone to scan or type: 12 characters from Crockford's base 32
/// (no I, L, O or U, which are misread), shown in groups of four. At 60 random bits it is shorter than a
/// SecretToken because a person types it; that is enough for a link that answers a questionnaire once, ends with the
/// self-evaluation, is kept only as a hash and is rate-limited like a password.
public static class PrintedCode
{
    public const int Length = 12;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        var bytes = RandomNumberGenerator.GetBytes(Length);
        // 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
        var code = new string([.. bytes.Select(b => Alphabet[b % 32])]);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// The code as stored (its hash is of this): upper case, without the hyphens or spaces people type, and with
    /// the letters Crockford's alphabet leaves out read as the digits they look like. False when it is not a code.
    public static bool TryNormalise(string? typed, out string code)
    {
        var chars = (typed ?? "").Where(c => c is not ('-' or ' ')).Select(c => char.ToUpperInvariant(c) switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            var other => other,
        }).ToArray();
        code = new string(chars);
        return chars.Length == Length && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
    }
}
