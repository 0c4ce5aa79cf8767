using Ascent.Web.Domain.Offer;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Bookings;

/// Books places on a course or event for named staff: the setting's owner or manager for their own setting, or the
/// LA's runners for a setting they choose. The price for the setting and the terms are shown and agreed first. A
/// full course, or a setting at its limit, is offered the waiting list instead (docs/offer.md#bookings).
public sealed class BookModel(BookingViews views, OfferBookings bookings, OfferTermsLibrary library, OfferPrices prices, CurrentUser user) : PageModel
{
    public const int Rows = 4;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? SettingId { get; set; }

    [BindProperty]
    public List<string?> Names { get; set; } = [];

    [BindProperty]
    public List<string?> Emails { get; set; } = [];

    [BindProperty]
    public bool AgreeTerms { get; set; }

    [BindProperty]
    public string? Choice { get; set; }

    public OfferItem Item { get; private set; } = null!;

    public BookingTermsView Terms { get; private set; } = null!;

    public bool ForAnySetting => user.SettingId is null;

    public IReadOnlyList<SelectListItem> SettingItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var people = new List<BookingPerson>();
        for (var i = 0; i < Rows; i++)
        {
            if (PersonInput.Check(ModelState, Names.ElementAtOrDefault(i), Emails.ElementAtOrDefault(i), $"Names[{i}]", $"Emails[{i}]", required: false) is { } person)
                people.Add(person);
        }

        if (people.Count == 0 && ModelState.IsValid)
            ModelState.AddModelError("Names[0]", "Enter the full name of each person to book");
        if (ForAnySetting && SettingId is null)
            ModelState.AddModelError(nameof(SettingId), "Choose the setting the places are for");
        if (!AgreeTerms)
            ModelState.AddModelError(nameof(AgreeTerms), "Agree to the terms of booking");
        if (!ModelState.IsValid)
            return Page();

        var wait = Choice == "wait";
        var result = await bookings.BookAsync(new BookRequest(id, (user.SettingId ?? SettingId)!.Value, people, wait, Version), cancellationToken);
        if (result.Refused is { } refused)
        {
            ModelState.AddModelError(string.Empty, refused);
            await LoadAsync(id, cancellationToken);
            ModelState.Remove(nameof(Version));
            Version = Item.Version;
            return Page();
        }

        TempData["Message"] = Said(result, Item.Title);
        return Redirect(result.Booked.Concat(result.Waiting).FirstOrDefault() is { } first && people.Count == 1 ? $"/bookings/{first.Id}" : "/bookings");
    }

    private static string Said(BookResult result, string title)
    {
        var names = string.Join(" and ", result.Waiting.Select(b => b.AttendeeName));
        if (result.LastPlaceWent)
            return $"The last place went while you were booking: {names} {(result.Waiting.Count == 1 ? "is" : "are")} on the waiting list for {title}";
        var booked = result.Booked.Count == 1 ? "1 place" : $"{result.Booked.Count} places";
        return result.Waiting.Count == 0 ? $"{booked} booked on {title}"
            : result.Booked.Count == 0 ? $"{names} {(result.Waiting.Count == 1 ? "is" : "are")} on the waiting list for {title}"
            : $"{booked} booked on {title}; {names} on the waiting list";
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await views.ItemAsync(id, cancellationToken) is not { } item || item.Kind == OfferKind.Service)
            return false;
        Item = item;
        while (Names.Count < Rows)
            Names.Add(null);
        while (Emails.Count < Rows)
            Emails.Add(null);
        var settingId = user.SettingId ?? SettingId;
        if (ForAnySetting)
        {
            var settings = await views.SettingsAsync(cancellationToken);
            if (SettingId is { } chosen && settings.All(s => s.Id != chosen))
                SettingId = settingId = null;
            SettingItems = [new SelectListItem("Choose a setting", ""), .. settings.Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        }

        var (_, terms) = await library.CurrentAsync(item.TenantId, cancellationToken);
        var price = settingId is { } setting ? await prices.ForAsync(item, setting, terms, cancellationToken) : null;
        Terms = BookingTermsView.For(item, terms, price, settingId is { } s2 ? await views.HeldAsync(item.Id, s2, cancellationToken) : 0);
        return true;
    }
}
