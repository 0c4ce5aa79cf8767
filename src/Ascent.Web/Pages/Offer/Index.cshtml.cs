using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Offer;

/// The catalogue: what the LA offers its settings, soonest first, services after courses and events, with filters by
/// kind, audience, price, delivery and month. A setting's staff see their own setting's price; the LA sees each item's
/// price rule, and its offer team sees its drafts, withdrawn and finished items in sections of their own. The tenancy
/// filters decide what a person sees (a setting's staff never see a draft).
public sealed class IndexModel(AppDbContext db, OfferTermsLibrary library, OfferPrices prices, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Audience { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Price { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Delivery { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public IReadOnlyList<CatalogueRow> Items { get; private set; } = [];

    public IReadOnlyList<CatalogueRow> Drafts { get; private set; } = [];

    public IReadOnlyList<CatalogueRow> Withdrawn { get; private set; } = [];

    public IReadOnlyList<CatalogueRow> Finished { get; private set; } = [];

    public bool Runs { get; private set; }

    public bool Filtered => new[] { Kind, Audience, Price, Delivery, Month }.Any(f => !string.IsNullOrEmpty(f));

    public IReadOnlyList<SelectListItem> KindItems { get; } =
        [new("Any", ""), new("Services", nameof(OfferKind.Service)), new("Courses", nameof(OfferKind.Course)), new("Events", nameof(OfferKind.Event))];

    public IReadOnlyList<SelectListItem> PriceItems { get; } = [new("Any", ""), new("Free", "free"), new("Chargeable", "chargeable")];

    public IReadOnlyList<SelectListItem> DeliveryItems { get; } =
        [new("Any", ""), new("In person", nameof(OfferDelivery.InPerson)), new("Online", nameof(OfferDelivery.Online))];

    public IReadOnlyList<SelectListItem> AudienceItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MonthItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        var terms = (await library.CurrentAsync(tenantId, cancellationToken)).Terms;
        Runs = (await authorization.AuthorizeAsync(User, OfferAccess.RunOffer)).Succeeded;
        var facts = db.CurrentUser.SettingId is { } settingId && Roles.SettingRoles.Any(User.IsInRole)
            ? await prices.FactsAsync(tenantId, settingId, cancellationToken)
            : null;
        var items = await db.OfferItems.AsNoTracking()
            .Select(i => new
            {
                i.Id,
                i.Kind,
                i.Status,
                i.Title,
                i.Audience,
                i.Delivery,
                i.Capacity,
                i.PlacesTaken,
                i.PricePence,
                i.PriceRuleCode,
                StartsOn = i.Sessions.Min(s => (DateOnly?)s.Date),
                EndsOn = i.Sessions.Max(s => (DateOnly?)s.Date),
                Sessions = i.Sessions.Count,
            })
            .ToListAsync(cancellationToken);
        var rows = items.Select(i =>
        {
            var rule = terms.Price(i.PriceRuleCode);
            var own = facts is not null && rule is not null ? rule.PriceFor(facts, i.PricePence) : null;
            var price = own is not null ? OfferWords.Amount(own.Pence)
                : rule is not null ? $"{OfferWords.Amount(i.PricePence)} ({rule.Name.ToLowerInvariant()})" : OfferWords.Amount(i.PricePence);
            var free = own is not null ? own.Pence == 0 : i.PricePence == 0;
            return new CatalogueRow(i.Id, i.Kind, i.Status, i.Title, i.Audience, i.Delivery, i.StartsOn, i.EndsOn, i.Sessions,
                OfferWords.Places(i.Kind, i.Capacity, i.PlacesTaken), price, own?.Reason, free);
        }).OrderBy(r => r.StartsOn ?? DateOnly.MaxValue).ThenBy(r => r.Title, StringComparer.Ordinal).ToList();

        var today = time.Today();
        var current = rows.Where(r => r.Status == OfferStatus.Published && !(r.EndsOn < today)).ToList();
        AudienceItems = [new("Any", ""), .. current.Select(r => r.Audience).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Select(a => new SelectListItem(a, a))];
        MonthItems = [new("Any", ""), .. current.Where(r => r.StartsOn is not null).Select(r => MonthOf(r.StartsOn!.Value)).Distinct().Order(StringComparer.Ordinal)
            .Select(m => new SelectListItem(DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), m))];
        Items = [.. current.Where(Matches)];
        if (Runs)
        {
            Drafts = [.. rows.Where(r => r.Status == OfferStatus.Draft)];
            Withdrawn = [.. rows.Where(r => r.Status == OfferStatus.Withdrawn)];
            Finished = [.. rows.Where(r => r.Status == OfferStatus.Published && r.EndsOn < today).Reverse()];
        }

        return Page();
    }

    private static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private bool Matches(CatalogueRow row) =>
        (string.IsNullOrEmpty(Kind) || row.Kind.ToString() == Kind)
        && (string.IsNullOrEmpty(Audience) || string.Equals(row.Audience, Audience, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Price) || (Price == "free") == row.Free)
        && (string.IsNullOrEmpty(Delivery) || row.Delivery.ToString() == Delivery)
        // A service runs whenever it is asked for, so it matches every month.
        && (string.IsNullOrEmpty(Month) || row.StartsOn is null || MonthOf(row.StartsOn.Value) == Month);
}

public sealed record CatalogueRow(
    int Id, OfferKind Kind, OfferStatus Status, string Title, string Audience, OfferDelivery Delivery, DateOnly? StartsOn, DateOnly? EndsOn,
    int Sessions, string Places, string Price, string? PriceReason, bool Free)
{
    public string When => StartsOn is not { } on ? "When requested"
        : Sessions > 1 ? $"{Format.Date(on)} ({Sessions} sessions)" : Format.Date(on);
}
