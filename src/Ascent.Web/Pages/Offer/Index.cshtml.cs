using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Offer;

/// The catalogue: what the LA offers its settings, soonest first, services after courses and events. The tenancy
/// filters decide what a person sees (a setting's staff never see a draft).
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<CatalogueRow> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await db.OfferItems.AsNoTracking()
            .Where(i => i.Status != OfferStatus.Withdrawn)
            .Select(i => new CatalogueRow(i.Id, i.Kind, i.Status, i.Title, i.Audience, i.PricePence, i.PriceRuleCode,
                i.Sessions.Min(s => (DateOnly?)s.Date)))
            .ToListAsync(cancellationToken);
        Items = [.. items.OrderBy(i => i.StartsOn ?? DateOnly.MaxValue).ThenBy(i => i.Title, StringComparer.Ordinal)];
    }
}

public sealed record CatalogueRow(int Id, OfferKind Kind, OfferStatus Status, string Title, string Audience, int PricePence, string? PriceRuleCode, DateOnly? StartsOn);
