using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Offer;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Offer;

/// The LA's changes to its catalogue (docs/offer.md#catalogue): making an item, changing it, its sessions, publishing
/// and withdrawing it, and a new version of its terms that every item can still be priced by. A change names the
/// Version the person saw: a form older than the item is refused (the item is shown as it is now), never saved over.
public sealed class OfferCatalogue(AppDbContext db, TimeProvider time, OfferTermsLibrary library, OfferWaitingList waitingList)
{
    public const string Stale = "Someone else changed this item after you opened it. It is shown as it is now: check it and make your change again";

    public Task<OfferItem?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.OfferItems.Include(i => i.Sessions).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<OfferItem> CreateAsync(int tenantId, OfferKind kind, OfferDetails details, CancellationToken cancellationToken)
    {
        var item = new OfferItem(tenantId, kind, details, db.CurrentUser.DisplayName, time.GetUtcNow());
        db.OfferItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    // More places (or more per setting) move the waiting list up in the same save, and tell those who move up.
    public Task<string?> EditAsync(int id, int version, OfferDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, item => item.Edit(details), cancellationToken,
            item => item.Status == OfferStatus.Published ? waitingList.MoveUpAsync(item, cancellationToken) : Task.CompletedTask);

    public Task<string?> AddSessionAsync(int id, int version, DateOnly date, TimeOnly starts, TimeOnly ends, string? venue, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, item => item.AddSession(date, starts, ends, venue), cancellationToken);

    public Task<string?> RemoveSessionAsync(int id, int version, int sessionId, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, item => item.RemoveSession(item.Sessions.FirstOrDefault(s => s.Id == sessionId)
            ?? throw new InvalidOperationException("That session is not one of this item's.")), cancellationToken);

    public Task<string?> PublishAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, item =>
        {
            if (item.WhyNotPublishable(time.Today()) is { } why)
                throw new InvalidOperationException(why);
            item.Publish(db.CurrentUser.DisplayName, time.GetUtcNow());
        }, cancellationToken);

    public Task<string?> WithdrawAsync(int id, int version, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, item => item.Withdraw(reason, db.CurrentUser.DisplayName, time.GetUtcNow()), cancellationToken);

    public Task<OfferTermsVersion> UploadTermsAsync(int tenantId, string yaml, string fileName, CancellationToken cancellationToken) =>
        library.UploadAsync(tenantId, yaml, fileName, db.CurrentUser.DisplayName, cancellationToken);

    private async Task<string?> ChangeAsync(int id, int version, Action<OfferItem> change, CancellationToken cancellationToken, Func<OfferItem, Task>? then = null)
    {
        if (await FindAsync(id, cancellationToken) is not { } item)
            return "The item is not in the catalogue";
        if (item.Version != version)
            return Stale;
        db.Entry(item).Property(i => i.Version).OriginalValue = version;
        try
        {
            change(item);
            if (then is not null)
                await then(item);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (Exception refused) when (refused is InvalidOperationException or ArgumentException)
        {
            db.ChangeTracker.Clear();
            return refused.Message.TrimEnd('.');
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale;
        }
    }
}
