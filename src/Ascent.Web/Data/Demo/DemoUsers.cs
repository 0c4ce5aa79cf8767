using Ascent.Web.Domain.People;

namespace Ascent.Web.Data.Demo;

/// The demo accounts, one for each role, listed in the README. They exist only when DemoMode is on.
public static class DemoUsers
{
    public const string Password = "ascent-demo-2026";
    public const string TenantName = "Northfield Council";
    public const string SecondTenantName = "Eastmoor Borough Council";
    public const string DemoSettingName = "Little Acorns Day Nursery";

    public static IReadOnlyList<(string Email, string Name, string Role)> LocalAuthority { get; } =
    [
        ("la.admin@northfield.example", "Alex Morgan", Roles.LaAdministrator),
        ("manager@northfield.example", "Priya Shah", Roles.ImprovementAndStandardsManager),
        ("senior.adviser@northfield.example", "Gareth Lewis", Roles.SeniorImprovementAdviser),
        ("adviser@northfield.example", "Hannah O'Connor", Roles.ImprovementAdviser),
        ("sufficiency@northfield.example", "Tom Baker", Roles.ChildcareSufficiencyOfficer),
        ("inclusion@northfield.example", "Amina Yusuf", Roles.EqualityAndInclusionOfficer),
        ("evaluator@northfield.example", "Ruth Evans", Roles.QualityMarkEvaluator),
        ("evaluator2@northfield.example", "Owen Price", Roles.QualityMarkEvaluator),
        ("coordinator@northfield.example", "Nadia Brooks", Roles.QualityMarkCoordinator),
    ];

    public static IReadOnlyList<(string Email, string Name, string Role)> Setting { get; } =
    [
        ("owner@littleacorns.example", "Sam Patel", Roles.SettingOwner),
        ("manager@littleacorns.example", "Jo Clarke", Roles.SettingManager),
        ("practitioner@littleacorns.example", "Kai Turner", Roles.Practitioner),
    ];

    public static (string Email, string Name) SystemAdministrator { get; } = ("sysadmin@ascent.example", "Sys Admin");

    public static (string Email, string Name) SecondTenantAdministrator { get; } = ("la.admin@eastmoor.example", "Morgan Reid");
}
