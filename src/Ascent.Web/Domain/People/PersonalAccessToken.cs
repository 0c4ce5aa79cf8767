using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Ascent.Web.Domain.People;

/// A token with which a reporting tool reads Ascent's API as the person who made it: their tenant, their roles,
/// nothing more. Only a SHA-256 hash is stored; the token itself is shown once, when it is made.
public sealed class PersonalAccessToken
{
    public const string Prefix = "asc_";

    /// "asc_" and 32 random bytes in unpadded base64url.
    public const int TokenLength = 47;

    public static readonly IReadOnlyList<int> LifetimesInDays = [30, 90, 365];

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private PersonalAccessToken()
    {
        Name = "";
        TokenHash = "";
    }

    private PersonalAccessToken(Guid userId, string name, string tokenHash, DateTimeOffset now, int lifetimeInDays)
    {
        UserId = userId;
        Name = name;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now.AddDays(lifetimeInDays);
    }

    public int Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static (PersonalAccessToken Token, string Secret) Create(Guid userId, string name, int lifetimeInDays, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > 100)
            throw new ArgumentException("A token's name must be 100 characters or fewer.", nameof(name));
        if (!LifetimesInDays.Contains(lifetimeInDays))
            throw new ArgumentOutOfRangeException(nameof(lifetimeInDays), lifetimeInDays, "A token lasts 30, 90 or 365 days.");
        var secret = Prefix + SecretToken.New();
        return (new PersonalAccessToken(userId, name.Trim(), Hash(secret), now, lifetimeInDays), secret);
    }

    public static string Hash(string secret) => SecretToken.Hash(secret);

    /// Cheap shape check, so a malformed header costs no database look-up.
    public static bool LooksLikeToken(string? value) =>
        value is { Length: TokenLength }
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value.AsSpan(Prefix.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    public PersonalAccessTokenState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? PersonalAccessTokenState.Revoked
        : now >= ExpiresAt ? PersonalAccessTokenState.Expired
        : PersonalAccessTokenState.Active;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// Writing on every API call would double its cost; a few minutes' precision is enough for "last used".
    public bool Touch(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(5))
            return false;
        LastUsedAt = now;
        return true;
    }
}

public enum PersonalAccessTokenState
{
    Active,
    Expired,
    Revoked,
}
