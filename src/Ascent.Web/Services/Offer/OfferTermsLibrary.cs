using Ascent.Web.Data;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// The versions of an LA's terms (docs/offer.md#terms): the latest prices new bookings; a booking keeps the version it
/// was made under. An LA starts on Ascent's shipped terms, stored as its version 1 the first time they are needed.
public sealed class OfferTermsLibrary(AppDbContext db, TimeProvider time, ShippedOfferTerms shipped, ParsedOfferTerms parsed)
{
    public const string ShippedBy = "Ascent (shipped terms)";

    public async Task<(OfferTermsVersion Version, OfferTerms Terms)> CurrentAsync(int tenantId, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(tenantId, cancellationToken);
        if (latest is null)
        {
            db.OfferTermsVersions.Add(new OfferTermsVersion(tenantId, 1, shipped.Terms.Name, shipped.Yaml, ShippedBy, time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another request stored version 1 first; it is the same file.
                foreach (var entry in db.ChangeTracker.Entries<OfferTermsVersion>().Where(e => e.State == EntityState.Added).ToList())
                    entry.State = EntityState.Detached;
            }

            latest = await LatestAsync(tenantId, cancellationToken)
                ?? throw new InvalidOperationException("The terms could not be stored.");
        }

        return (latest, parsed.Of(latest));
    }

    /// The terms a booking was made under.
    public async Task<OfferTerms> OfVersionAsync(int versionId, CancellationToken cancellationToken)
    {
        var version = await db.OfferTermsVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        return parsed.Of(version);
    }

    /// Stores an uploaded file as the LA's next version. Throws DefinitionException (line and reason) for a file that
    /// cannot be used, including one whose price rules drop a code an item still names (that item could not be
    /// priced, the error pointing at `prices:`); nothing is stored then.
    public async Task<OfferTermsVersion> UploadAsync(int tenantId, string yaml, string fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var terms = parsed.Parse(yaml, fileName);
        var used = await db.OfferItems.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.PriceRuleCode != null)
            .Select(i => new { i.Title, i.PriceRuleCode })
            .ToListAsync(cancellationToken);
        if (used.FirstOrDefault(i => terms.Price(i.PriceRuleCode) is null) is { } orphan)
        {
            var line = yaml.Split('\n').Select((text, index) => (text, index)).FirstOrDefault(l => l.text.TrimStart().StartsWith("prices:", StringComparison.Ordinal));
            throw new DefinitionException(fileName, line.text is null ? 1 : line.index + 1, 1,
                $"the price rules have no '{orphan.PriceRuleCode}', which '{orphan.Title}' uses: keep the rule, or change the item's price first");
        }

        await CurrentAsync(tenantId, cancellationToken);
        var number = await db.OfferTermsVersions.Where(v => v.TenantId == tenantId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new OfferTermsVersion(tenantId, number + 1, terms.Name, yaml, uploadedBy, time.GetUtcNow());
        db.OfferTermsVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    private Task<OfferTermsVersion?> LatestAsync(int tenantId, CancellationToken cancellationToken) =>
        db.OfferTermsVersions.AsNoTracking().Where(v => v.TenantId == tenantId)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
}
