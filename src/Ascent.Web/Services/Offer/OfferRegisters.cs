using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// One booked place on a register: whose it is and who comes.
public sealed record RegisterPlace(int BookingId, int SettingId, string SettingName, string Urn, string Name, string? Email);

/// One session's register: what is recorded (booking id → present), when it was taken, and the stamp a save must
/// match (it changes with every save, so a form opened before another's save is refused).
public sealed record RegisterSession(int Id, int Number, DateOnly Date, TimeOnly Starts, TimeOnly Ends, DateTimeOffset? TakenAt, string? TakenBy, IReadOnlyDictionary<int, bool> Marks, string Stamp);

public sealed record RegisterView(int ItemId, string Title, OfferKind Kind, IReadOnlyList<RegisterPlace> Places, IReadOnlyList<RegisterSession> Sessions)
{
    public bool Closed => Sessions.Count > 0 && Sessions.All(s => s.TakenAt is not null);
}

/// What saving a register did: refused (and why), or saved, with what closing it charged or put right.
public sealed record RegisterSaved(string? Refused, RaisedCharges? Charges = null);

/// The attendance register of a course or event (docs/offer.md#registers): a present or absent mark for every booked
/// place at every session, taken from the session's day on, on the page or from a sign-in sheet. Once every session's
/// register is taken the charges are raised (RegisterCharges); a later correction raises the difference.
public sealed class OfferRegisters(AppDbContext db, RegisterCharges charges, TimeProvider time)
{
    public const string Stale = "Someone else saved this register after you opened it: what is recorded now is shown, make your changes again";

    /// The register of a published (or withdrawn) course or event, or null when there is none to take.
    public async Task<RegisterView?> FindAsync(int itemId, CancellationToken cancellationToken)
    {
        var item = await db.OfferItems.AsNoTracking().Include(i => i.Sessions)
            .FirstOrDefaultAsync(i => i.Id == itemId && i.Kind != OfferKind.Service && i.Status != OfferStatus.Draft, cancellationToken);
        if (item is null)
            return null;
        var places = await (from b in db.Bookings.AsNoTracking()
                            where b.OfferItemId == itemId && b.Status == BookingStatus.Booked
                            join s in db.Settings.AsNoTracking() on b.SettingId equals s.Id
                            orderby s.Name, b.AttendeeName, b.Id
                            select new RegisterPlace(b.Id, s.Id, s.Name, s.Reference, b.AttendeeName, b.AttendeeEmail))
            .ToListAsync(cancellationToken);
        var sessionIds = item.Sessions.Select(s => s.Id).ToList();
        var marks = await db.SessionAttendances.AsNoTracking().Where(a => sessionIds.Contains(a.OfferSessionId))
            .Select(a => new { a.OfferSessionId, a.BookingId, a.Present, a.Version }).ToListAsync(cancellationToken);
        var booked = places.Select(p => p.BookingId).ToHashSet();
        var sessions = item.Sessions.OrderBy(s => s.Number).Select(s =>
        {
            var own = marks.Where(m => m.OfferSessionId == s.Id && booked.Contains(m.BookingId)).OrderBy(m => m.BookingId).ToList();
            var stamp = string.Join('.', own.Select(m => $"{m.BookingId}-{m.Version}"))
                + "/" + (s.RegisterTakenAt?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "open");
            return new RegisterSession(s.Id, s.Number, s.Date, s.Starts, s.Ends, s.RegisterTakenAt, s.RegisterTakenBy,
                own.ToDictionary(m => m.BookingId, m => m.Present), stamp);
        }).ToList();
        return new RegisterView(item.Id, item.Title, item.Kind, places, sessions);
    }

    /// Why a session's register cannot be taken yet, or null when it can.
    public string? NotYet(RegisterSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Date > time.Today()
            ? $"The register for session {session.Number} opens on its day, {Infrastructure.Format.Date(session.Date)}"
            : null;
    }

    /// Saves one session's register from the page: a mark for every booked place, on a form opened at `stamp`.
    public async Task<RegisterSaved> SaveAsync(int itemId, int sessionId, string? stamp, IReadOnlyDictionary<int, bool> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var view = await FindAsync(itemId, cancellationToken);
        var session = view?.Sessions.FirstOrDefault(s => s.Id == sessionId);
        if (view is null || session is null)
            return new RegisterSaved("That session is not on this course");
        if (NotYet(session) is { } notYet)
            return new RegisterSaved(notYet);
        if (session.Stamp != stamp)
            return new RegisterSaved(Stale);
        if (view.Places.FirstOrDefault(p => !marks.ContainsKey(p.BookingId)) is { } missing)
            return new RegisterSaved($"Choose present or absent for {missing.Name}");
        return await RecordAsync(view, [(session, marks)], cancellationToken);
    }

    /// Records the marks of one or more sessions in one save (a sign-in sheet is all or nothing), then raises the
    /// charges when every session's register is taken.
    internal async Task<RegisterSaved> RecordAsync(RegisterView view, IReadOnlyList<(RegisterSession Session, IReadOnlyDictionary<int, bool> Marks)> registers, CancellationToken cancellationToken)
    {
        var by = db.CurrentUser.DisplayName;
        var now = time.GetUtcNow();
        var bookingIds = view.Places.Select(p => p.BookingId).ToList();
        var bookings = await db.Bookings.Where(b => bookingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        foreach (var (register, marks) in registers)
        {
            var session = await db.OfferSessions.SingleAsync(s => s.Id == register.Id, cancellationToken);
            var rows = await db.SessionAttendances.Where(a => a.OfferSessionId == register.Id).ToListAsync(cancellationToken);
            foreach (var place in view.Places)
            {
                var present = marks[place.BookingId];
                if (rows.FirstOrDefault(r => r.BookingId == place.BookingId) is { } row)
                {
                    if (row.Present != present)
                        row.Record(present, by, now);
                }
                else
                {
                    db.SessionAttendances.Add(new SessionAttendance(bookings[place.BookingId], session, present, by, now));
                }
            }

            session.RecordRegisterTaken(by, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save of the same register won (a changed row's Version, or a first mark made twice).
            db.ChangeTracker.Clear();
            return new RegisterSaved(Stale);
        }

        db.ChangeTracker.Clear();
        return new RegisterSaved(null, await charges.RaiseAsync(view.ItemId, cancellationToken));
    }
}
