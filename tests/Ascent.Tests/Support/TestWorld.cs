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
}
