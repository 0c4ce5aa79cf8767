namespace Ascent.Web.Domain.Tenancy;

/// A tenant is the organisation whose staff use Ascent together and whose data nobody else sees:
/// an English local authority, or in Australia a provider organisation or sector support body.
public sealed class Tenant
{
    private Tenant()
    {
        Name = "";
    }

    public Tenant(string name, TenantKind kind, string nation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(nation);
        Name = name.Trim();
        Kind = kind;
        Nation = nation;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public TenantKind Kind { get; private set; }

    /// Drives the bank-holiday calendar and the regulator: "England", "Wales", "Australia".
    public string Nation { get; private set; } = "England";

    /// The local authority's name as the regulator's files spell it ("Kent"), which is how imports find the tenant.
    public string? RegisterName { get; set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}

public enum TenantKind
{
    LocalAuthority = 1,
    ProviderOrganisation = 2,
}
