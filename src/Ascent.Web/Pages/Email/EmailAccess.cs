using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Email;

/// Who may open the Email pages. The e-mail outbox.
public static class EmailAccess
{
    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(Policies.EmailOutbox, p => p.RequireRole(Roles.LaAdministrator, Roles.SystemAdministrator));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Email", Policies.EmailOutbox);
    }
}
