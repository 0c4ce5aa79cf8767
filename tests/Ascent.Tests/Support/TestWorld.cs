namespace Ascent.Tests.Support;

/// The people and places every integration test can rely on: two local authorities, A and B, that must never
/// see each other's data, and settings within A whose staff must never see each other's.
public sealed class TestWorld
{
    public const string Password = "a long test password 2026";

    public const string TenantA = "Ashdown Council";
    public const string TenantB = "Brightwater Council";

    public const string AdminA = "admin@ashdown.test";
    public const string AdviserA = "adviser@ashdown.test";
    public const string SeniorA = "senior@ashdown.test";
    public const string AdviserWithoutTwoFactorA = "new.adviser@ashdown.test";
    public const string OwnerA1 = "owner@a1.test";
    public const string PractitionerA1 = "practitioner@a1.test";
    public const string OwnerA2 = "owner@a2.test";
    public const string AdminB = "admin@brightwater.test";
    public const string SystemAdmin = "sysadmin@ascent.test";

    public int TenantAId { get; set; }

    public int TenantBId { get; set; }

    public int SettingA1Id { get; set; }

    public int SettingA2Id { get; set; }

    public int SettingB1Id { get; set; }

    public Dictionary<string, Guid> UserIds { get; } = [];

    /// Authenticator keys of the users who have two-factor authentication on.
    public Dictionary<string, string> AuthenticatorKeys { get; } = [];

    /// Takes another world's ids and keys: a fixture's copy of the one seeded into its template database. Each fixture
    /// has its own, as some tests add to it.
    public void CopyFrom(TestWorld other)
    {
        (TenantAId, TenantBId, SettingA1Id, SettingA2Id, SettingB1Id) =
            (other.TenantAId, other.TenantBId, other.SettingA1Id, other.SettingA2Id, other.SettingB1Id);
        foreach (var (email, id) in other.UserIds)
            UserIds[email] = id;
        foreach (var (email, key) in other.AuthenticatorKeys)
            AuthenticatorKeys[email] = key;
    }
}
