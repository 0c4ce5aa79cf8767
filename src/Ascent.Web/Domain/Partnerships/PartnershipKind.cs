using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Partnerships;

/// A kind of partnership (locality partnership, EYFS network, childminder network, cluster, reference group): the
/// LA's own list, which its settings read too. Each LA starts with Ascent's defaults (Defaults) and changes them.
public sealed class PartnershipKind : ISharedWithSettings
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 1000;

    /// The kind a locality grouping on the register becomes.
    public const string LocalityPartnership = "Locality partnership";

    /// The kinds every LA starts with, with what each is for.
    public static IReadOnlyList<(string Name, string Description)> Defaults { get; } =
    [
        (LocalityPartnership, "Schools, settings and services in one locality working on transition, quality and the children who need them most."),
        ("EYFS network", "Early years leads who meet termly to share practice and training."),
        ("Childminder network", "Childminders who meet for support, training and shared outings."),
        ("Cluster", "A small group of settings near one another who visit and support each other."),
        ("Reference group", "Settings and partners the LA consults on its plans and its offer."),
    ];

    private PartnershipKind()
    {
        Name = "";
        Description = "";
    }

    public PartnershipKind(int tenantId, string name, string? description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        FreeText.Within(name.Trim(), NameMaxLength);
        FreeText.Within(description?.Trim(), DescriptionMaxLength);
        TenantId = tenantId;
        Name = name.Trim();
        Description = description?.Trim() ?? "";
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    /// A kind no longer offered for new partnerships; those of the kind keep it.
    public bool Retired { get; private set; }

    public int Version { get; private set; }

    /// Renames or re-describes the kind, or retires it. Returns false when nothing would change.
    public bool Change(string name, string? description, bool retired)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        FreeText.Within(name.Trim(), NameMaxLength);
        FreeText.Within(description?.Trim(), DescriptionMaxLength);
        if (Name == name.Trim() && Description == (description?.Trim() ?? "") && Retired == retired)
            return false;
        Name = name.Trim();
        Description = description?.Trim() ?? "";
        Retired = retired;
        Version++;
        return true;
    }
}
