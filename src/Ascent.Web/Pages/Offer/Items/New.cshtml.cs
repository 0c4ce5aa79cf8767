using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Offer.Items;

/// Makes a draft item: first whether it is a service, a course or an event (what the rest of the form asks depends on
/// it), then its details. A draft is the LA's own until it is published.
public sealed class NewModel(AppDbContext db, OfferTermsLibrary library, OfferCatalogue catalogue) : ItemFormPage(db, library)
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public OfferKind? Chosen => Enum.TryParse<OfferKind>(Kind, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _) ? kind : null;

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
    [
        new("Service", nameof(OfferKind.Service)),
        new("Course", nameof(OfferKind.Course)),
        new("Event", nameof(OfferKind.Event)),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Kind is not null && Chosen is null)
            ModelState.AddModelError(nameof(Kind), "Select a service, a course or an event");
        await LoadTermsAsync(cancellationToken);
        Delivery = nameof(OfferDelivery.InPerson);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadTermsAsync(cancellationToken);
        if (Chosen is not { } kind)
        {
            ModelState.AddModelError(nameof(Kind), "Select a service, a course or an event");
            return Page();
        }

        if (Check(kind) is not { } details)
            return Page();
        var item = await catalogue.CreateAsync(Db.CurrentUser.TenantId!.Value, kind, details, cancellationToken);
        TempData["Message"] = kind == OfferKind.Service ? "The draft is saved" : "The draft is saved: add its sessions";
        return Redirect(kind == OfferKind.Service ? $"/offer/{item.Id}" : $"/offer/{item.Id}/sessions");
    }
}
