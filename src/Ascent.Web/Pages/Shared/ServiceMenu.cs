using System.Security.Claims;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Pages.QualityMark;
using Microsoft.AspNetCore.Authorization;

namespace Ascent.Web.Pages.Shared;

/// One item of the service navigation: its words, where it leads, and the addresses whose pages belong to it (its own
/// address and everything under it, and the other sections named).
public sealed record MenuItem(string Text, string Href, params string[] Sections)
{
    /// How closely this item owns the page at `path`: the length of its longest section the path is in, or 0.
    /// "/" owns only the home page itself; any other section owns its address and the addresses under it.
    public int Match(string path)
    {
        var best = 0;
        foreach (var section in Sections.Prepend(Href))
        {
            var owns = section == "/"
                ? path == "/"
                : path.Equals(section, StringComparison.OrdinalIgnoreCase)
                  || (path.StartsWith(section, StringComparison.OrdinalIgnoreCase) && path[section.Length] == '/');
            if (owns && section.Length > best)
                best = section.Length;
        }

        return best;
    }
}

/// A page of the Manage index (/manage): who may open it is the policy its own folder already asks for. A page of an
/// LA's own configuration (its pathways) is for its staff only: the system administrator belongs to no LA. Sections
/// are the other addresses its page leads to that belong with it in the menu.
public sealed record ManageLink(string Text, string Href, string Description, string Policy, bool LocalAuthorityOnly = false)
{
    public IReadOnlyList<string> Sections { get; init; } = [];
}

/// What the service navigation offers whom. It stays one row at 1280 pixels for every role: the work people do every
/// day is at the top level, and the pages that set Ascent up or keep it running are gathered on one index page,
/// Manage (shown as its single link when a person may open only one of them). The LA administrator's row (Home to
/// Sign out, with a notification count) is about 1,150 of the page's 1,200 pixels: an item more does not fit, which
/// is why Funding is a section of Cases (the caseload links to it) and Partnerships has its place.
public static class ServiceMenu
{
    public const string ManageHref = "/manage";

    public static IReadOnlyList<ManageLink> ManageLinks { get; } =
    [
        new("People", "/people", "Accounts, roles and invitations to Ascent.", Policies.ManagePeople),
        new("Imports", "/imports", "The regulators' files, imported into the register.", Policies.Imports),
        new("Local groupings", "/settings/groupings", "Districts, wards and locality partnerships, uploaded from a spreadsheet.", Policies.EditGroupings),
        new("Pathways", "/pathways", "The programmes of support: their tasks, deadlines and school terms.", Policies.LocalAuthorityStaff, LocalAuthorityOnly: true),
        new("Instruments", "/instruments", "The rating scales, audits, screenings and questionnaires, and the local authority's own versions of them.", Policies.LocalAuthorityStaff, LocalAuthorityOnly: true)
        {
            Sections = ["/audits/import", "/audits/export"],
        },
        new("Note of visit templates", "/visits/templates", "The headings and prompts of the note of visit, for each purpose of visit.", Policies.NoteTemplates),
        new("Self-evaluation guidance", "/self-evaluation/guidance", "The local authority's own words beside each area of the self-evaluation.", Policies.SelfEvaluationGuidance),
        new("Funding letter", "/funding/letter-template", "The letter sent when funding is withdrawn or restored.", Policies.FundingLetterTemplate),
        new("Audit trail", "/audit", "Who changed what, and when.", Policies.AuditTrail),
        new("E-mail", "/outbox", "What Ascent has sent, what is waiting and what failed.", Policies.EmailOutbox),
        new("Local authorities", "/tenants", "The local authorities on this installation of Ascent.", Policies.SystemAdministration),
        new(QualityMarkText, QualityMarkHref, "The quality mark: its cohorts, applications and accredited settings.", QualityMarkAccess.ViewQualityMark, LocalAuthorityOnly: true),
    ];

    private const string QualityMarkText = "Quality mark";

    private const string QualityMarkHref = "/quality-mark";

    /// The quality mark is the daily work of its coordinator and evaluators: a menu item of its own for them (and not
    /// under Manage as well); the rest of the LA's staff reach it from Manage.
    private static bool WorksOnQualityMark(ClaimsPrincipal user) =>
        user.IsInRole(Roles.QualityMarkCoordinator) || user.IsInRole(Roles.QualityMarkEvaluator);

    private static bool WorksOnlyOnQualityMark(ClaimsPrincipal user) =>
        WorksOnQualityMark(user) && !Roles.LocalAuthorityRoles.Any(role => role is not Roles.QualityMarkCoordinator and not Roles.QualityMarkEvaluator && user.IsInRole(role));

    /// The Manage pages this person may open, in the order of the index.
    public static async Task<IReadOnlyList<ManageLink>> ManageLinksForAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var links = new List<ManageLink>();
        foreach (var link in ManageLinks)
        {
            if (link.LocalAuthorityOnly && !Roles.LocalAuthorityRoles.Any(user.IsInRole))
                continue;
            if (link.Href == QualityMarkHref && WorksOnQualityMark(user))
                continue;
            if ((await authorization.AuthorizeAsync(user, link.Policy)).Succeeded)
                links.Add(link);
        }

        return links;
    }

    /// Working together: partnerships and their members, their meetings, buddying and bulletins (docs/partnerships.md),
    /// for the LA's staff and a setting's alike.
    private static readonly MenuItem Partnerships = new("Partnerships", "/partnerships", "/meetings", "/buddying", "/bulletins");

    /// The LA's offer (docs/offer.md): its catalogue and terms, bookings, charges and complaints, daily work for the
    /// LA's staff and a setting's alike.
    private static readonly MenuItem Training = new("Training", "/offer", "/bookings", "/charges", "/complaints");

    /// The addresses of a setting's own records outside /settings/{id}, which the Settings item owns for everyone.
    private static readonly string[] SettingSections = ["/evidence", "/audits", "/screening", "/questionnaires"];

    /// The items of the navigation for a signed-in person, "Your account" last (Sign out, a form, follows it).
    public static async Task<IReadOnlyList<MenuItem>> ItemsForAsync(ClaimsPrincipal user, IAuthorizationService authorization, int unreadNotifications)
    {
        ArgumentNullException.ThrowIfNull(user);
        var items = new List<MenuItem> { new("Home", "/") };
        var manage = await ManageLinksForAsync(user, authorization);
        if (Roles.SettingRoles.Any(user.IsInRole) && int.TryParse(user.FindFirst(CurrentUser.SettingClaim)?.Value, out var own))
        {
            // A setting's audits, screening, questionnaires and charts are reached from its own page.
            items.Add(new("Settings", "/settings", [.. SettingSections, "/instruments"]));
            items.Add(new("Visits", "/visits", $"/settings/{own}/visits"));
            items.Add(new("Self-evaluation", $"/settings/{own}/self-evaluation", "/self-evaluations"));
            items.Add(new("Improvement plan", $"/settings/{own}/plan", "/plan-goals"));
            // A setting's row is full at 1280px (LayoutTests): Training does not fit beside Partnerships, so a
            // setting's staff reach the offer from the "Training and support" link on their home page.
            // The owner's row has Manage (its people) too and would wrap: they reach their partnerships from their
            // setting's page.
            if (manage.Count == 0)
                items.Add(Partnerships);
        }
        else
        {
            // A goal, an evidence item, a self-evaluation, an audit, a screening round and a questionnaire round belong
            // to a setting, and calibration and the audit and screening overviews compare settings: an officer reaches
            // them from the settings. The instruments themselves, and audits' imports and exports, are under Manage.
            items.Add(new("Settings", "/settings", [.. SettingSections, "/plan-goals", "/self-evaluations", "/self-evaluation/calibration"]));
            if (Roles.LocalAuthorityRoles.Any(user.IsInRole))
            {
                items.Add(new("Tasks", "/tasks"));
                // Funding proposals come from support cases, and the caseload links to them: the funding pages
                // belong to Cases, which leaves room in the row for Partnerships.
                items.Add(new("Cases", "/cases", "/funding"));
                items.Add(new("Visits", "/visits"));
                // Training is the daily work of those who run the offer; the row has no room for it beside an
                // adviser's or the quality mark's items (LayoutTests), and the others reach /offer from the LA home.
                if (Offer.OfferAccess.RunnerRoles.Any(user.IsInRole))
                    items.Add(Training);
                // The quality mark takes Partnerships' place for those whose only work it is, so the row still fits
                // with a notification count.
                if (!WorksOnlyOnQualityMark(user))
                    items.Add(Partnerships);
                if (WorksOnQualityMark(user))
                    items.Add(new(QualityMarkText, QualityMarkHref));
            }
        }

        if (manage.Count == 1)
            items.Add(new(manage[0].Text, manage[0].Href, [.. manage[0].Sections]));
        else if (manage.Count > 1)
            items.Add(new("Manage", ManageHref, [.. manage.SelectMany(l => l.Sections.Prepend(l.Href))]));

        items.Add(new(unreadNotifications > 0 ? $"Notifications ({unreadNotifications})" : "Notifications", "/notifications"));
        items.Add(new("Your account", "/account"));
        return items;
    }

    /// The one item that is the current page's: the one owning the longest part of its address. None on a page that
    /// belongs to no item (an error page).
    public static MenuItem? Current(IEnumerable<MenuItem> items, string path) =>
        items.Select(item => (Item: item, Length: item.Match(path)))
            .Where(m => m.Length > 0)
            .OrderByDescending(m => m.Length)
            .Select(m => m.Item)
            .FirstOrDefault();
}
