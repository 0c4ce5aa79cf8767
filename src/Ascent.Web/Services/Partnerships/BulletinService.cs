using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A bulletin in the archive: for the LA, how many of the settings it reached opened it in Ascent.
public sealed record BulletinRow(int Id, string Title, string Summary, string AudienceName, DateTimeOffset WrittenAt, DateTimeOffset? SentAt, int Reached, int Opened);

/// A setting a bulletin reached, and who of it first opened the bulletin in Ascent, and when (null: not yet).
public sealed record BulletinOpened(int SettingId, string Name, string? By, DateTimeOffset? At);

/// Writes, sends and reads bulletins (docs/partnerships.md, "Bulletins"). Reads through the query filters: a setting's
/// staff find only the sent bulletins their setting received. Sending queues one e-mail per person through the outbox.
public sealed class BulletinService(AppDbContext db, TimeProvider time, Outbox outbox, Links links, BulletinAudiences audiences)
{
    public const string Changed = "Someone else changed this bulletin after you opened the page. Check it as it is now and try again";

    /// Newest first: drafts by when they were written, sent ones by when they were sent.
    public async Task<IReadOnlyList<BulletinRow>> ListAsync(int? take, CancellationToken cancellationToken)
    {
        var rows = db.Bulletins.AsNoTracking().OrderByDescending(b => b.SentAt ?? b.WrittenAt).ThenByDescending(b => b.Id)
            .Select(b => new BulletinRow(b.Id, b.Title, b.Summary, b.AudienceName, b.WrittenAt, b.SentAt, b.Recipients.Count,
                db.BulletinOpenings.Where(o => o.BulletinId == b.Id).Select(o => o.SettingId).Distinct().Count()));
        return take is { } n ? await rows.Take(n).ToListAsync(cancellationToken) : await rows.ToListAsync(cancellationToken);
    }

    public Task<Bulletin?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Bulletins.AsNoTracking().Include(b => b.Recipients).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// Saves a new draft (id null) or changes one; the reason when refused (sent, or changed since `version`).
    public async Task<(Bulletin? Bulletin, string? Refused)> SaveAsync(int? id, int version, BulletinText text, BulletinTarget target, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            var tenantId = db.CurrentUser.TenantId ?? throw new InvalidOperationException("Only an LA's staff write bulletins.");
            var bulletin = new Bulletin(tenantId, text, target, db.CurrentUser.DisplayName, time.GetUtcNow());
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync(cancellationToken);
            return (bulletin, null);
        }

        var draft = await db.Bulletins.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (draft is null)
            return (null, null);
        if (draft.IsSent)
            return (draft, $"\"{draft.Title}\" has been sent and cannot be changed");
        if (draft.Version != version)
            return (draft, Changed);
        db.Entry(draft).Property(b => b.Version).OriginalValue = version;
        if (draft.Edit(text, target))
            return await SavedAsync(draft, cancellationToken);
        return (draft, null);
    }

    /// Deletes a draft; the reason when refused.
    public async Task<string?> DeleteAsync(int id, int version, CancellationToken cancellationToken)
    {
        var draft = await db.Bulletins.FirstAsync(b => b.Id == id, cancellationToken);
        if (draft.IsSent)
            return $"\"{draft.Title}\" has been sent and cannot be deleted";
        if (draft.Version != version)
            return Changed;
        db.Entry(draft).Property(b => b.Version).OriginalValue = version;
        draft.EnsureDeletable();
        db.Bulletins.Remove(draft);
        return (await SavedAsync(draft, cancellationToken)).Refused;
    }

    /// Sends the draft, once: a row per setting its audience reaches now, and an e-mail per person through the outbox.
    /// The reason when refused (sent already, changed since `version`, or reaching no setting).
    public async Task<string?> SendAsync(int id, int version, CancellationToken cancellationToken)
    {
        var bulletin = await db.Bulletins.Include(b => b.Recipients).FirstAsync(b => b.Id == id, cancellationToken);
        if (bulletin.IsSent)
            return $"\"{bulletin.Title}\" was sent on {Format.Date(DateOnly.FromDateTime(bulletin.SentAt!.Value.UtcDateTime))} by {bulletin.SentBy}. A bulletin is sent once";
        if (bulletin.Version != version)
            return Changed;
        var settings = await audiences.Settings(bulletin).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        if (settings.Count == 0)
            return "The bulletin reaches no setting now. Change its audience and send it again";
        var readers = await audiences.ReadersAsync(bulletin, cancellationToken);
        db.Entry(bulletin).Property(b => b.Version).OriginalValue = version;
        bulletin.Send([.. settings.Select(s => (s.Id, s.Name))], readers.Count, db.CurrentUser.DisplayName, time.GetUtcNow());
        var link = links.Absolute($"/bulletins/{bulletin.Id}");
        foreach (var reader in readers)
            outbox.Add(bulletin.TenantId, reader.Email.Trim(), reader.Name, bulletin.Title, BulletinMail.Body(bulletin, reader, link));
        return (await SavedAsync(bulletin, cancellationToken)).Refused;
    }

    /// Records that the signed-in person's setting opened the bulletin: the first time each person of a recipient
    /// setting opens it. Nothing for the LA's staff, nor for a setting the bulletin did not reach.
    public async Task RecordOpeningAsync(Bulletin bulletin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        if (db.CurrentUser.SettingId is not { } settingId || db.CurrentUser.UserId is not { } userId || bulletin.Recipients.All(r => r.SettingId != settingId))
            return;
        if (await db.BulletinOpenings.AnyAsync(o => o.BulletinId == bulletin.Id && o.SettingId == settingId && o.UserId == userId, cancellationToken))
            return;
        db.BulletinOpenings.Add(new BulletinOpening(bulletin.TenantId, bulletin.Id, settingId, userId, db.CurrentUser.DisplayName, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person opened it twice at once (two tabs): the first row stands, which is all that is kept.
            db.ChangeTracker.Clear();
        }
    }

    /// For the LA: each setting reached, and who of it first opened the bulletin and when.
    public async Task<IReadOnlyList<BulletinOpened>> OpenedAsync(Bulletin bulletin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var openings = await db.BulletinOpenings.AsNoTracking().Where(o => o.BulletinId == bulletin.Id).OrderBy(o => o.OpenedAt).ToListAsync(cancellationToken);
        return [.. bulletin.Recipients.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r =>
            openings.FirstOrDefault(o => o.SettingId == r.SettingId) is { } first
                ? new BulletinOpened(r.SettingId, r.Name, first.Name, first.OpenedAt)
                : new BulletinOpened(r.SettingId, r.Name, null, null))];
    }

    private async Task<(Bulletin? Bulletin, string? Refused)> SavedAsync(Bulletin bulletin, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (bulletin, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return (bulletin, Changed);
        }
    }
}
