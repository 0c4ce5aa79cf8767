using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Tenancy;

namespace Ascent.Web.Pages.Home;

/// Which home page someone gets: their work queue by role. Someone with several roles gets the first that fits, the
/// widest view of the work first.
public enum HomeKind
{
    /// A setting's people (owner, manager, practitioner).
    Setting,
    Manager,
    Senior,
    Adviser,
    Administrator,

    /// The system administrator and the LA's other roles (sufficiency, inclusion, quality mark): the register.
    Overview,
}

public static class HomeKinds
{
    public static HomeKind For(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.SettingId is not null ? HomeKind.Setting
            : user.IsInRole(Roles.ImprovementAndStandardsManager) ? HomeKind.Manager
            : user.IsInRole(Roles.SeniorImprovementAdviser) ? HomeKind.Senior
            : user.IsInRole(Roles.ImprovementAdviser) ? HomeKind.Adviser
            : user.IsInRole(Roles.LaAdministrator) ? HomeKind.Administrator
            : HomeKind.Overview;
    }
}

/// One figure of a work queue: a count that links to the list showing exactly those.
public sealed record HomeFigure(int Count, string One, string Many, string Href)
{
    public string Label => Count == 1 ? One : Many;
}
