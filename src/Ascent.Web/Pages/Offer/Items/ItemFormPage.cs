using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Items;

/// The details of an item of the offer, shared by making one and changing it: its words, delivery, places and price.
/// The price is typed in pounds and pence and kept as whole pence; the price rule is one of the LA's current terms.
public abstract class ItemFormPage(AppDbContext db, OfferTermsLibrary library) : PageModel
{
    public const int MaxPricePence = 10_000_000;

    protected AppDbContext Db { get; } = db;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Audience { get; set; }

    [BindProperty]
    public string? Prerequisites { get; set; }

    [BindProperty]
    public string? Delivery { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    [BindProperty]
    public string? Capacity { get; set; }

    [BindProperty]
    public string? PlacesPerSetting { get; set; }

    [BindProperty]
    public string? Price { get; set; }

    [BindProperty]
    public string? PriceRule { get; set; }

    public OfferTerms Terms { get; private set; } = null!;

    public static IReadOnlyList<SelectListItem> DeliveryItems { get; } =
    [
        new("In person", nameof(OfferDelivery.InPerson)),
        new("Online", nameof(OfferDelivery.Online)),
    ];

    public IEnumerable<SelectListItem> PriceRuleItems =>
        [new("Everyone pays this price", ""), .. Terms.Prices.Select(p => new SelectListItem(p.Name, p.Code, p.Code == PriceRule))];

    /// Reads "95", "95.00" or "£1,250.50" as whole pence; null with the reason for anything else.
    public static (int? Pence, string? Error) ParsePence(string? typed)
    {
        var text = typed?.Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal) ?? "";
        if (text.Length == 0)
            return (null, "Enter the price, or 0 if it is free");
        if (text.StartsWith('-'))
            return (null, "The price must be 0 or more");
        var parts = text.Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts[0].All(char.IsAsciiDigit)
            || (parts.Length == 2 && (parts[1].Length != 2 || !parts[1].All(char.IsAsciiDigit))))
            return (null, "Enter the price in pounds and pence, like 95 or 95.00");
        if (parts[0].Length > 6)
            return (null, "The price must be £100,000 or less");
        var pence = (int.Parse(parts[0], CultureInfo.InvariantCulture) * 100) + (parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0);
        return pence > MaxPricePence ? (null, "The price must be £100,000 or less") : (pence, null);
    }

    protected async Task LoadTermsAsync(CancellationToken cancellationToken) =>
        Terms = (await library.CurrentAsync(Db.CurrentUser.TenantId!.Value, cancellationToken)).Terms;

    protected void Show(OfferItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Title = item.Title;
        Summary = item.Summary;
        Audience = item.Audience;
        Prerequisites = item.Prerequisites;
        Delivery = item.Delivery.ToString();
        Venue = item.Venue;
        Capacity = item.Capacity?.ToString(CultureInfo.InvariantCulture);
        PlacesPerSetting = item.PlacesPerSetting?.ToString(CultureInfo.InvariantCulture);
        Price = (item.PricePence / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        PriceRule = item.PriceRuleCode;
    }

    /// Checks the form's shape; the details when every field is good. Capacity is asked of courses and events only.
    protected OfferDetails? Check(OfferKind kind)
    {
        Required(nameof(Title), Title, "Enter a title", "The title", OfferItem.TitleMaxLength);
        Required(nameof(Summary), Summary, "Enter a summary of what it is", "The summary", OfferItem.SummaryMaxLength);
        Required(nameof(Audience), Audience, "Enter who it is for", "Who it is for", OfferItem.AudienceMaxLength);
        Optional(nameof(Prerequisites), Prerequisites, "The prerequisites", OfferItem.PrerequisitesMaxLength);
        Optional(nameof(Venue), Venue, "The venue", OfferItem.VenueMaxLength);
        if (!Enum.TryParse<OfferDelivery>(Delivery, out var delivery) || !Enum.IsDefined(delivery) || int.TryParse(Delivery, out _))
            ModelState.AddModelError(nameof(Delivery), "Select whether it is in person or online");
        int? capacity = null;
        if (kind != OfferKind.Service)
            capacity = Places(nameof(Capacity), Capacity, "Enter the number of places", required: true);
        var perSetting = Places(nameof(PlacesPerSetting), PlacesPerSetting, "Enter the places per setting", required: false);
        if (capacity is { } c && perSetting > c)
            ModelState.AddModelError(nameof(PlacesPerSetting), "The places per setting cannot be more than the number of places");
        var (pence, priceError) = ParsePence(Price);
        if (priceError is not null)
            ModelState.AddModelError(nameof(Price), priceError);
        var rule = string.IsNullOrWhiteSpace(PriceRule) ? null : PriceRule.Trim();
        if (rule is not null && Terms.Price(rule) is null)
            ModelState.AddModelError(nameof(PriceRule), "Select a price rule from the list");
        if (!ModelState.IsValid || pence is not { } p)
            return null;
        return new OfferDetails(Title!.Trim(), Summary!.Trim(), Audience!.Trim(), Prerequisites, delivery, Venue, capacity, perSetting, p, rule);
    }

    private void Required(string field, string? value, string empty, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            ModelState.AddModelError(field, empty);
        else
            Optional(field, value, label, max);
    }

    private void Optional(string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max)
            ModelState.AddModelError(field, $"{label} must be {max} characters or fewer");
    }

    private int? Places(string field, string? typed, string empty, bool required)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            if (required)
                ModelState.AddModelError(field, empty);
            return null;
        }

        if (!int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var places) || places < 1)
            ModelState.AddModelError(field, "Enter a whole number of places, like 16");
        else if (places > 10_000)
            ModelState.AddModelError(field, "The number of places must be 10,000 or fewer");
        else
            return places;
        return null;
    }
}
