namespace Ascent.Web.Domain.People;

/// The roles of Ascent. Names are stored, so never rename one without a migration.
public static class Roles
{
    public const string SystemAdministrator = "System administrator";

    public const string LaAdministrator = "LA administrator";
    public const string ImprovementAndStandardsManager = "Improvement and Standards Manager";
    public const string SeniorImprovementAdviser = "Senior Improvement Adviser";
    public const string ImprovementAdviser = "Improvement Adviser";
    public const string ChildcareSufficiencyOfficer = "Childcare Sufficiency Officer";
    public const string EqualityAndInclusionOfficer = "Equality and Inclusion Officer";
    public const string QualityMarkEvaluator = "Quality Mark Evaluator";

    /// Runs the LA's quality mark: its cohorts, the applications, allocating evaluators and chairing the panel.
    public const string QualityMarkCoordinator = "Quality Mark Coordinator";

    public const string SettingOwner = "Owner or nominated person";
    public const string SettingManager = "Manager";
    public const string Practitioner = "Practitioner";

    public static IReadOnlyList<string> LocalAuthorityRoles { get; } =
    [
        LaAdministrator,
        ImprovementAndStandardsManager,
        SeniorImprovementAdviser,
        ImprovementAdviser,
        ChildcareSufficiencyOfficer,
        EqualityAndInclusionOfficer,
        QualityMarkEvaluator,
        QualityMarkCoordinator,
    ];

    /// The LA's own staff who keep its register tidy: groupings and contacts.
    public static IReadOnlyList<string> GroupingEditors { get; } =
        [LaAdministrator, ImprovementAndStandardsManager, SeniorImprovementAdviser, ImprovementAdviser, ChildcareSufficiencyOfficer];

    public static IReadOnlyList<string> SettingRoles { get; } = [SettingOwner, SettingManager, Practitioner];

    public static IReadOnlyList<string> All { get; } = [SystemAdministrator, .. LocalAuthorityRoles, .. SettingRoles];

    public static bool IsLocalAuthorityRole(string role) => LocalAuthorityRoles.Contains(role);

    public static bool IsSettingRole(string role) => SettingRoles.Contains(role);
}
