using Ascent.Web.Data;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Screening;

/// The writes of a screening that touch many rows at once: a list of children added together, and a whole room's
/// scores saved from the grid with the round's aggregate, each in one transaction (and so audited together).
public sealed class ScreeningService(AppDbContext db, TimeProvider time)
{
    /// The children on a round's grid: those in the room now, and any scored in this round who have since moved
    /// or left (their scores stay theirs), in code order.
    public async Task<List<ScreenedChild>> GridChildrenAsync(ScreeningRound round, CancellationToken cancellationToken)
    {
        var scored = db.ChildScores.Where(s => s.RoundId == round.Id).Select(s => s.ChildId);
        return await db.ScreenedChildren
            .Where(c => (c.RoomId == round.RoomId && c.LeftOn == null) || scored.Contains(c.Id))
            .OrderBy(c => c.Code).ToListAsync(cancellationToken);
    }

    /// Adds the children of a list read by ChildList to a room. The unique index on the code is the last word if two
    /// people add the same code at once: the caller catches the DbUpdateException.
    public async Task AddChildrenAsync(Room room, IReadOnlyList<NewChild> children, CancellationToken cancellationToken)
    {
        db.ScreenedChildren.AddRange(children.Select(c => new ScreenedChild(room, c.Code, c.Name)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// Saves the whole grid: every child's scores replace the round's (a child left blank is no longer screened in
    /// it) and the round keeps the new aggregate, all in one transaction. A round changed by someone else since the
    /// grid was read fails with DbUpdateConcurrencyException and nothing is saved.
    public async Task SaveGridAsync(ScreeningRound round, IReadOnlyDictionary<int, ScreenedChild> children, IReadOnlyList<GridScore> scores, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.ChildScores.Where(s => s.RoundId == round.Id).ToDictionaryAsync(s => s.ChildId, cancellationToken);
        foreach (var score in scores)
        {
            if (existing.Remove(score.ChildId, out var kept))
                kept.Set(score.WellBeing, score.Involvement);
            else
                db.ChildScores.Add(new ChildScore(round, children[score.ChildId], score.WellBeing, score.Involvement));
        }

        db.ChildScores.RemoveRange(existing.Values);
        round.Keep(ScreeningSummary.Of([.. scores.Select(s => (s.WellBeing, s.Involvement))]), db.CurrentUser.DisplayName, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// The room's round before this one (by date, then by when it was started), for the change since.
    public Task<ScreeningRound?> PreviousAsync(ScreeningRound round, CancellationToken cancellationToken) =>
        db.ScreeningRounds.AsNoTracking()
            .Where(r => r.RoomId == round.RoomId && r.Screened > 0 && (r.HeldOn < round.HeldOn || (r.HeldOn == round.HeldOn && r.Id < round.Id)))
            .OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
