using Ascent.Web.Data;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// A booking in a list: who, on what, for which setting, where it stands and what it cost.
public sealed record BookingRow(int Id, int ItemId, string Item, DateOnly? StartsOn, int SettingId, string Setting, string Attendee,
    BookingStatus Status, int PricePence, DateTimeOffset BookedAt, DateTimeOffset? WaitingSince, int? CancellationChargePence);

/// What narrows the list of bookings (the LA's filters; a setting's staff see their own setting's anyway).
public sealed record BookingFilter(int? ItemId, int? SettingId, BookingStatus? Status);

/// One booking with its item, its setting's name, its charges and the run it was moved from.
public sealed record BookingDetail(Booking Booking, OfferItem Item, string Setting, IReadOnlyList<Charge> Charges, string? TransferredFrom);

/// Reads bookings for the pages, through the tenancy filters: a setting's staff read their own setting's only.
public sealed class BookingViews(AppDbContext db)
{
    public async Task<IReadOnlyList<BookingRow>> ListAsync(BookingFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Bookings.AsNoTracking();
        if (filter.ItemId is { } item)
            query = query.Where(b => b.OfferItemId == item);
        if (filter.SettingId is { } setting)
            query = query.Where(b => b.SettingId == setting);
        if (filter.Status is { } status)
            query = query.Where(b => b.Status == status);
        var rows = await (from b in query
                          join s in db.Settings on b.SettingId equals s.Id
                          join i in db.OfferItems on b.OfferItemId equals i.Id
                          select new BookingRow(b.Id, i.Id, i.Title, i.Sessions.Min(x => (DateOnly?)x.Date), s.Id, s.Name, b.AttendeeName,
                              b.Status, b.PricePence, b.BookedAt, b.WaitingSince, b.CancellationChargePence))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.StartsOn ?? DateOnly.MaxValue).ThenBy(r => r.Item, StringComparer.Ordinal)
            .ThenBy(r => r.Setting, StringComparer.Ordinal).ThenBy(r => r.WaitingSince ?? r.BookedAt).ThenBy(r => r.Id)];
    }

    public async Task<BookingDetail?> DetailAsync(int id, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().Include(b => b.Item!).ThenInclude(i => i.Sessions)
            .FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booking?.Item is null)
            return null;
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == booking.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (setting is null)
            return null;
        var charges = await db.Charges.AsNoTracking().Where(c => c.BookingId == id).OrderBy(c => c.ChargedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var from = booking.TransferredFromItemId is { } fromId
            ? await db.OfferItems.AsNoTracking().Where(i => i.Id == fromId).Select(i => i.Sessions.Min(s => (DateOnly?)s.Date)).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new BookingDetail(booking, booking.Item, setting, charges, from is { } on ? Infrastructure.Format.Date(on) : null);
    }

    /// The item with its sessions, as the signed-in person may see it (a setting never finds a draft).
    public Task<OfferItem?> ItemAsync(int id, CancellationToken cancellationToken) =>
        db.OfferItems.AsNoTracking().Include(i => i.Sessions).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// Places the setting holds on the item now.
    public Task<int> HeldAsync(int itemId, int settingId, CancellationToken cancellationToken) =>
        db.Bookings.CountAsync(b => b.OfferItemId == itemId && b.SettingId == settingId && b.Status == BookingStatus.Booked, cancellationToken);

    /// The settings a runner may book for (the LA's own), by name.
    public async Task<IReadOnlyList<(int Id, string Name)>> SettingsAsync(CancellationToken cancellationToken) =>
        (await db.Settings.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();

    /// Other published runs of the same course a place may move to.
    public async Task<IReadOnlyList<OfferItem>> OtherRunsAsync(OfferItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return await db.OfferItems.AsNoTracking().Include(i => i.Sessions)
            .Where(i => i.Id != item.Id && i.Title == item.Title && i.Status == OfferStatus.Published).ToListAsync(cancellationToken);
    }

    public static string StatusName(BookingStatus status) => status switch
    {
        BookingStatus.Booked => "Booked",
        BookingStatus.Waiting => "Waiting list",
        BookingStatus.Requested => "Requested",
        BookingStatus.Cancelled => "Cancelled",
        _ => "Declined",
    };

    public static string StatusColour(BookingStatus status) => status switch
    {
        BookingStatus.Booked => "green",
        BookingStatus.Waiting => "yellow",
        BookingStatus.Requested => "blue",
        _ => "grey",
    };
}
