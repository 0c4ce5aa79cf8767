using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Offer;

/// A version of an LA's terms, as uploaded (or Ascent's shipped offer/terms.yaml, stored as version 1 when first
/// needed). Bookings name the version they were made under, so a new version changes no booking already made.
/// Settings read the terms too: they are what they agree to when they book.
public sealed class OfferTermsVersion : ISharedWithSettings
{
    public const int NameMaxLength = 200;
    public const int ByMaxLength = 200;

    private OfferTermsVersion()
    {
        Name = "";
        Yaml = "";
        UploadedBy = "";
    }

    public OfferTermsVersion(int tenantId, int number, string name, string yaml, string uploadedBy, DateTimeOffset uploadedAt)
        : this()
    {
        TenantId = tenantId;
        Number = number;
        Name = name;
        Yaml = yaml;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; }

    public string Yaml { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
