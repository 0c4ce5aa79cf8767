using Ascent.Web.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Cases;

public sealed partial class PathwayEngine
{
    /// For checking a file before it is imported: acts on the events as ProcessPendingAsync would, but inside the
    /// caller's transaction, which the caller rolls back. Says which cases would open and which would close.
    public async Task<CaseForecast> RehearseAsync(IReadOnlyList<long> eventIds, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A rehearsal runs inside a transaction that the caller rolls back.");
        var opening = new List<string>();
        var closing = new List<string>();
        foreach (var id in eventIds)
        {
            db.ChangeTracker.Clear();
            var change = await db.ChangeEvents.IgnoreQueryFilters().SingleAsync(e => e.Id == id, cancellationToken);
            await HandleAsync(change, cancellationToken);
            foreach (var entry in db.ChangeTracker.Entries<SupportCase>())
            {
                var setting = await db.Settings.IgnoreQueryFilters().Where(s => s.Id == entry.Entity.SettingId).Select(s => s.Name + " (" + s.Reference + ")").SingleAsync(cancellationToken);
                if (entry.State == EntityState.Added)
                    opening.Add($"{setting}: {entry.Entity.PathwayName} opens ({entry.Entity.Reason})");
                else if (entry.Entity.Status == CaseStatus.Closed && entry.Property(c => c.Status).OriginalValue != CaseStatus.Closed)
                    closing.Add($"{setting}: {entry.Entity.PathwayName} closes ({entry.Entity.ClosedReason})");
            }

            change.MarkProcessed(time.GetUtcNow());
            // Saved so that the next event of the same setting sees this one's cases, as it will for real.
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return new CaseForecast(opening, closing);
    }
}

public sealed record CaseForecast(IReadOnlyList<string> Opening, IReadOnlyList<string> Closing);
