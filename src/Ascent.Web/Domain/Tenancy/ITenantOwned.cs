namespace Ascent.Web.Domain.Tenancy;

// These interfaces say whose data a row is; AppDbContext builds every query filter from them, so a page never
// filters by tenant itself. Rows whose rule fits none of them are filtered by hand there, each with its reason.

/// Marks data that belongs to one tenant. On its own it decides no filter: add one of the markers below.
public interface ITenantOwned
{
    int TenantId { get; }
}

/// Marks data that belongs to one setting within a tenant: a setting's own users see only their setting's rows.
public interface ISettingOwned : ITenantOwned
{
    int SettingId { get; }
}

/// Marks a setting's rows about its children (who they are, their Leuven scores, their action points): only that
/// setting's own users see them. Its local authority never does, not even an LA administrator, nor a system
/// administrator; only Ascent's own background work and commands (acting as the system) read them all.
public interface ISettingPrivate : ISettingOwned
{
}

/// Marks a setting's rows that the setting sees only once published (a note's recommendations and actions): drafts are the LA's.
public interface IPublishedToSetting : ISettingOwned
{
    bool IsPublished { get; }
}

/// Marks tenant data that the tenant's settings read too (term dates, the LA's guidance): filtered by tenant only.
public interface ISharedWithSettings : ITenantOwned
{
}

/// Marks the local authority's own work (cases, funding, imports, templates, reminders sent): its staff see their
/// tenant's, a setting's staff never do. The row's TenantId (int, or int? for rows no tenant owns) is compared.
public interface ILocalAuthorityOnly
{
}
