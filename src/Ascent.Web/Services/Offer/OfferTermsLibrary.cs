using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// The versions of an LA's terms (docs/offer.md#terms): the latest prices new bookings; a booking keeps the version it
/// was made under. An LA starts on Ascent's shipped terms, stored as its version 1 the first time they are needed.
public sealed class OfferTermsLibrary(AppDbContext db, TimeProvider time, ShippedOfferTerms shipped, FrameworkRegistry frameworks)
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

        return (latest, Parse(latest));
    }

    /// The terms a booking was made under.
    public async Task<OfferTerms> OfVersionAsync(int versionId, CancellationToken cancellationToken)
    {
        var version = await db.OfferTermsVersions.AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        return Parse(version);
    }

    /// Stores an uploaded file as the LA's next version. Throws DefinitionException (line and reason) for a file that
    /// cannot be used; nothing is stored then.
    public async Task<OfferTermsVersion> UploadAsync(int tenantId, string yaml, string fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        var terms = OfferTermsLoader.Parse(yaml, fileName, ShippedOfferTerms.StandingCodes(frameworks));
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

    // A stored version was checked when it was stored; it is read again against today's frameworks.
    private OfferTerms Parse(OfferTermsVersion version) =>
        OfferTermsLoader.Parse(version.Yaml, $"terms version {version.Number}", ShippedOfferTerms.StandingCodes(frameworks));
}
