using System.Globalization;
using System.Text.Json;

namespace Ascent.Web.Domain.Settings;

/// What an enforcement change event carries: the kind of notice, its date and, from an import, the inspection number.
/// Writers store the kind as its number ({"Kind":1,"Date":"2026-12-17"}); a kind written by its name is read too.
public sealed record EnforcementPayload(EnforcementKind Kind, DateOnly? Date, string? Number)
{
    /// The kind as pathway and funding files name it ("WelfareRequirementsNotice").
    public string KindName => Kind.ToString();

    /// Null for a payload without a kind Ascent knows (nothing a pathway or a funding rule could match).
    public static EnforcementPayload? Read(string? json)
    {
        if (json is null)
            return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(nameof(Kind), out var kindElement) || ReadKind(kindElement) is not { } kind)
                return null;
            DateOnly? date = root.TryGetProperty(nameof(Date), out var d) && d.ValueKind == JsonValueKind.String
                && DateOnly.TryParse(d.GetString(), CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            var number = root.TryGetProperty(nameof(Number), out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return new EnforcementPayload(kind, date, number);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static EnforcementKind? ReadKind(JsonElement kind) => kind.ValueKind switch
    {
        JsonValueKind.Number when kind.TryGetInt32(out var value) && Enum.IsDefined((EnforcementKind)value) => (EnforcementKind)value,
        JsonValueKind.String when Enum.TryParse<EnforcementKind>(kind.GetString(), ignoreCase: false, out var value)
            && !int.TryParse(kind.GetString(), CultureInfo.InvariantCulture, out _) => value,
        _ => null,
    };
}
