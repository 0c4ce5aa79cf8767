using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Ascent.Web.Pages.Account;

/// What the browser sends back about a passkey is checked for shape before Identity reads it: Identity throws on
/// text that is not JSON at all, which would otherwise answer 500 to a tampered form.
public static class PasskeyJson
{
    public static bool IsObject([NotNullWhen(true)] string? json)
    {
        if (string.IsNullOrEmpty(json))
            return false;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// A passkey's id as the page shows it (base64url), or null when it is not one.
    public static byte[]? CredentialId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 1024)
            return null;
        try
        {
            return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
