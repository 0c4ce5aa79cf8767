namespace Ascent.Web.Domain.Tenancy;

/// Marks data that belongs to one tenant. AppDbContext filters every query on it, so a page never has to.
public interface ITenantOwned
{
    int TenantId { get; }
}

/// Marks data that belongs to one setting within a tenant: a setting's own users see only their setting's rows.
public interface ISettingOwned : ITenantOwned
{
    int SettingId { get; }
}
