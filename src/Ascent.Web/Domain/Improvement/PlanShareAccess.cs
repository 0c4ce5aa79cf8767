using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Improvement;

/// One opening of a share link: when, and from where, so the setting can see who has used it.
public sealed class PlanShareAccess : ISettingOwned
{
    public const int IpAddressMaxLength = 45;
    public const int UserAgentMaxLength = 200;

    private PlanShareAccess()
    {
        IpAddress = "";
    }

    public PlanShareAccess(PlanShareLink link, DateTimeOffset at, string? ipAddress, string? userAgent)
    {
        ArgumentNullException.ThrowIfNull(link);
        LinkId = link.Id;
        TenantId = link.TenantId;
        SettingId = link.SettingId;
        At = at;
        IpAddress = Truncate(ipAddress, IpAddressMaxLength) ?? "unknown";
        // A user agent is as long as the sender likes; the start says which browser it was.
        UserAgent = Truncate(userAgent, UserAgentMaxLength);
    }

    public long Id { get; private set; }

    public int LinkId { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    private static string? Truncate(string? value, int length) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= length ? value : value[..length];
}
