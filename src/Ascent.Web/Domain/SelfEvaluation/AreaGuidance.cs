using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// An LA's own guidance for one area of a framework, shown beside the self-evaluation form instead of the wording
/// shipped in frameworks/*.yaml. No row means Ascent's wording; going back to it deletes the row.
public sealed class AreaGuidance : ISharedWithSettings
{
    public const int TextMaxLength = 2000;

    private AreaGuidance()
    {
        FrameworkCode = "";
        AreaCode = "";
        Text = "";
        UpdatedBy = "";
    }

    public AreaGuidance(int tenantId, string frameworkCode, string areaCode, string text, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(frameworkCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(areaCode);
        TenantId = tenantId;
        FrameworkCode = frameworkCode;
        AreaCode = areaCode;
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        (Text, UpdatedBy, UpdatedAt) = (Checked(text), by, at);
        // From 1, so a form opened when there was no row (version 0) cannot overwrite one made meanwhile.
        Version = 1;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string FrameworkCode { get; private set; }

    public string AreaCode { get; private set; }

    public string Text { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public void Edit(string text, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        (Text, UpdatedBy, UpdatedAt) = (Checked(text), by, at);
        Version++;
    }

    private static string Checked(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return text.Trim().Length <= TextMaxLength
            ? text.Trim()
            : throw new ArgumentException($"Guidance must be {TextMaxLength} characters or fewer.", nameof(text));
    }
}
