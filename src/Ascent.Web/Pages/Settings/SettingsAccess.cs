using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace Ascent.Web.Pages.Settings;

/// The register is open to everyone signed in who may see the setting (the tenancy filters decide that); each page
/// that changes it names one of these policies.
public static class SettingsAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.EditGroupings, p => p.RequireRole(Roles.GroupingEditors))
        .AddPolicy(Policies.EditContacts, p => p.RequireRole([.. Roles.GroupingEditors, Roles.SettingOwner, Roles.SettingManager]))
        .AddPolicy(Policies.EditRooms, p => p.RequireRole([.. Roles.GroupingEditors, Roles.SettingOwner, Roles.SettingManager]));
}
