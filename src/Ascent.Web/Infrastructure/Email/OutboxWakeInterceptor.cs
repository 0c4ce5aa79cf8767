using System.Data.Common;
using System.Runtime.CompilerServices;
using Ascent.Web.Data;
using Ascent.Web.Domain.Email;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ascent.Web.Infrastructure.Email;

/// Wakes the outbox worker once a save that made a message due (a new message, or "Try again now") has committed.
/// Not before: the worker reads on its own connection and would not see the message yet. Saves always run in a
/// transaction (AppDbContext opens one for the audit trail when the caller has none), so its commit is the moment.
public sealed class OutboxWakeInterceptor(OutboxWorker worker, TimeProvider time) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Contexts with a due message saved in a transaction that has not committed yet; weak, so a context that is
    // disposed with its transaction rolled back leaves nothing behind.
    private static readonly object Waiting = new();

    private readonly ConditionalWeakTable<DbContext, object> _waiting = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WakeFor(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WakeFor(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not AppDbContext db)
            return;
        var now = time.GetUtcNow();
        var due = db.ChangeTracker.Entries<OutboxMessage>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.IsDueAt(now));
        if (due)
            _waiting.AddOrUpdate(context, Waiting);
    }

    private void WakeFor(DbContext? context)
    {
        if (context is not null && _waiting.Remove(context))
            worker.Wake();
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
            _waiting.Remove(context);
    }
}
