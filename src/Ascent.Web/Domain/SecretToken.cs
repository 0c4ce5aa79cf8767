using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Ascent.Web.Domain;

/// The secrets Ascent hands out in links and headers (invitations, voice links, share links, API tokens): 256
/// random bits in unpadded base64url, safe in a URL, kept only as a SHA-256 hash. A fast hash is enough: there is
/// nothing to guess that a slow hash would protect.
public static class SecretToken
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
}
