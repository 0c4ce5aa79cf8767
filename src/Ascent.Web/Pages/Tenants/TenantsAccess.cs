using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Tenants;

/// Who may open the Tenants pages: the local authorities on this installation are for system administrators only.
public static class TenantsAccess
{
    public static void AddConventions(PageConventionCollection pages) => pages.AuthorizeFolder("/Tenants", Policies.SystemAdministration);
}
