using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Ascent.Web.Pages.Offer;

/// Who may open the LA's offer (docs/offer.md): its catalogue of services, courses and events, bookings, registers,
/// charges and certificates. Every LA officer and every setting's staff read the catalogue (the tenancy filters hide
/// drafts from settings); the LA's offer team publishes items, sets the terms, takes registers and raises charges; a
/// setting's owner and manager book and cancel places for their staff.
public static class OfferAccess
{
    public const string ViewOffer = "ViewOffer";
    public const string RunOffer = "RunOffer";
    public const string BookForSetting = "BookForSetting";
    public const string ReadStatement = "ReadChargeStatement";

    /// Bookings: a setting's owner or manager for their own setting, or the LA's runners on a setting's behalf.
    public const string ChangeBookings = "ChangeBookings";

    /// The LA's people who publish the offer, set its terms, take registers and send charges to finance.
    public static IReadOnlyList<string> RunnerRoles { get; } =
        [Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser];

    public static void AddPolicies(AuthorizationBuilder policies) => policies
        .AddPolicy(ViewOffer, p => p.RequireRole([.. Roles.LocalAuthorityRoles, .. Roles.SettingRoles]))
        .AddPolicy(RunOffer, p => p.RequireRole([.. RunnerRoles]))
        .AddPolicy(BookForSetting, p => p.RequireRole([Roles.SettingOwner, Roles.SettingManager]))
        // Registers, charges: a setting's monthly statement is the LA's and its owner's and manager's, not its practitioners'.
        .AddPolicy(ReadStatement, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SettingOwner, Roles.SettingManager]))
        .AddPolicy(ChangeBookings, p => p.RequireRole([Roles.SettingOwner, Roles.SettingManager, .. RunnerRoles]));

    public static void AddConventions(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Offer", ViewOffer);

        // The catalogue: making, changing, scheduling, publishing and withdrawing items is the LA's offer team's.
        foreach (var page in new[] { "New", "Edit", "Sessions", "Move", "Publish", "Withdraw" })
            pages.AuthorizePage($"/Offer/Items/{page}", RunOffer);
        // Registers, charges: the LA's offer team takes registers and reads every charge.
        pages.AuthorizeFolder("/Offer/Register", RunOffer);
        pages.AuthorizeFolder("/Offer/Charges", RunOffer);
        pages.AuthorizeFolder("/Offer/Statements", ReadStatement);
        // Training: every certificate of an item at once is the offer team's.
        pages.AuthorizePage("/Offer/Training/Certificates", RunOffer);
        // Bookings, the waiting list and cancellations: a setting's staff read their own setting's bookings (the
        // filters), its owner and manager change them, and the LA's runners act for any of their settings.
        foreach (var page in new[] { "Book", "Request", "Cancel", "Substitute", "Transfer" })
            pages.AuthorizePage($"/Offer/Bookings/{page}", ChangeBookings);
        pages.AuthorizePage("/Offer/Bookings/Item", RunOffer);
    }
}
