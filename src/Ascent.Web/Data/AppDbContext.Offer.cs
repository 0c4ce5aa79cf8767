using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// The LA's offer (docs/offer.md): its catalogue and terms are shared with its settings, a booking, its register and
/// its charges are the setting's own (ISettingOwned). Only the catalogue is filtered by hand: drafts are the LA's.
public abstract partial class AppDbContext
{
    public DbSet<OfferItem> OfferItems => Set<OfferItem>();

    public DbSet<OfferSession> OfferSessions => Set<OfferSession>();

    public DbSet<OfferTermsVersion> OfferTermsVersions => Set<OfferTermsVersion>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<SessionAttendance> SessionAttendances => Set<SessionAttendance>();

    public DbSet<Charge> Charges => Set<Charge>();

    // A setting's staff see the published catalogue (and what was withdrawn, for the bookings they hold); a draft is
    // the LA's until it is published.
    private void AddOfferFilters(ModelBuilder builder) =>
        builder.Entity<OfferItem>().HasQueryFilter(i => ScopeAllTenants
            || (i.TenantId == ScopeTenantId && (ScopeSettingId == null || i.Status != OfferStatus.Draft)));
}
