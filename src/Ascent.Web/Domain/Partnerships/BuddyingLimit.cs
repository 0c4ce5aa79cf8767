using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Partnerships;

/// How many settings one lead may buddy at a time: the LA's own number (2 until it says otherwise), so a strong
/// setting is not asked to carry more than it can.
public sealed class BuddyingLimit : ILocalAuthorityOnly
{
    public const int Default = 2;
    public const int Most = 10;

    private BuddyingLimit()
    {
    }

    public BuddyingLimit(int tenantId)
    {
        TenantId = tenantId;
        Limit = Default;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int Limit { get; private set; }

    public int Version { get; private set; }

    /// Changes the limit (1 to Most). Returns false when nothing would change.
    public bool Change(int limit)
    {
        if (limit is < 1 or > Most)
            throw new BuddyingRefusedException($"The limit must be between 1 and {Most}.");
        if (limit == Limit)
            return false;
        Limit = limit;
        Version++;
        return true;
    }
}
