using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// Saving answers on a sheet, for a page of the form, one item from autosave, or the agreed sheet. All or nothing:
/// an answer the item does not take, or an item someone changed elsewhere since the page was loaded, saves nothing
/// of what was sent and says which item. The sheet's version guards two saves at the very same moment.
public sealed class AuditSheetWork(AppDbContext db, TimeProvider time)
{
    public async Task<SaveResult> SaveAsync(InstrumentDefinition instrument, AuditSheet sheet, IReadOnlyList<ItemEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(entries);
        try
        {
            return await SaveOnceAsync(instrument, sheet, entries, false, cancellationToken);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another save of this sheet landed between reading and writing it: most often the page's own autosave of
            // the item just answered, a moment before "Save and continue" (both add the item's first answer row). The
            // sheet is read again and the save tried once more: an answer saved meanwhile with the same value is then
            // unchanged, and a different one is a conflict shown to the person, never an error page.
            db.ChangeTracker.Clear();
            var fresh = await db.AuditSheets.Include(s => s.Audit).Include(s => s.Answers).Include(s => s.Indicators)
                .AsSplitQuery().FirstAsync(s => s.Id == sheet.Id, cancellationToken);
            return await SaveOnceAsync(instrument, fresh, entries, true, cancellationToken);
        }
    }

    private async Task<SaveResult> SaveOnceAsync(InstrumentDefinition instrument, AuditSheet sheet, IReadOnlyList<ItemEntry> entries, bool retried, CancellationToken cancellationToken)
    {
        if (sheet.Audit.IsLocked)
            throw new InvalidOperationException("A finished audit is changed only by an amendment.");

        var errors = new List<(string, string)>();
        var conflicts = new List<ItemConflict>();
        var changes = new List<(InstrumentItem Item, ItemAnswer Answer, Dictionary<string, IndicatorAnswer>? Indicators, string Note)>();
        var indicatorMode = sheet.Audit.Mode == AuditMode.Indicators && sheet.Kind != SheetKind.Agreed;
        foreach (var entry in entries.DistinctBy(e => e.Number))
        {
            if (instrument.Item(entry.Number) is not { } item)
            {
                errors.Add((entry.Number, $"Item {entry.Number} is not one of this instrument's items"));
                continue;
            }

            var note = (entry.Note ?? "").Trim();
            if (note.Length > AuditAnswer.NoteMaxLength)
            {
                errors.Add((item.Number, $"{ItemAnswer.Name(item)}: the note must be {AuditAnswer.NoteMaxLength} characters or fewer"));
                continue;
            }

            var parsed = ItemAnswer.Parse(instrument, item, entry.Token, out var error);
            if (parsed is not { } answer)
            {
                errors.Add((item.Number, error!));
                continue;
            }

            Dictionary<string, IndicatorAnswer>? indicators = null;
            if (indicatorMode && !answer.NotApplicable)
            {
                indicators = IndicatorEntry.Parse(item, entry.Indicators, out var indicatorError);
                if (indicators is null)
                {
                    errors.Add((item.Number, indicatorError!));
                    continue;
                }

                var scored = IndicatorEntry.Score(item, indicators);
                answer = new ItemAnswer(scored.Score, null, false);
            }

            var row = sheet.Answer(item.Number);
            var unchanged = ItemAnswer.Of(row) == answer && (row?.Note ?? "") == note
                && (indicators is null || SameIndicators(AuditSheets.IndicatorsOf(sheet, item.Number), indicators));
            if (unchanged)
                continue;
            if ((row?.Version ?? 0) != entry.Version)
            {
                var current = AuditSheets.State(instrument, sheet, item);
                conflicts.Add(new(item.Number, $"{ItemAnswer.Name(item)}, was changed on another device or in another tab while you had this page open: it is now {current.Answer.ToLowerInvariant()}. Check it and save your answer again", current));
                continue;
            }

            changes.Add((item, answer, indicators, note));
        }

        if (errors.Count > 0 || conflicts.Count > 0)
            return new(errors, conflicts, []);

        foreach (var (item, answer, indicators, note) in changes)
        {
            var row = sheet.AnswerFor(item.Number);
            string? decidedBy = null;
            if (indicators is not null)
            {
                foreach (var indicator in item.Indicators)
                    sheet.SetIndicator(item.Number, indicator.Code, indicators.TryGetValue(indicator.Code, out var given) ? given : null);
                decidedBy = IndicatorEntry.Score(item, indicators).DecidedBy;
            }

            answer.ApplyTo(row, decidedBy);
            row.Note = note;
            row.MarkChanged();
        }

        if (changes.Count > 0)
        {
            sheet.Touch();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (retried)
            {
                // Yet another save landed while this one was tried again: the person's page is out of date.
                db.ChangeTracker.Clear();
                return new([(changes[0].Item.Number, $"{ItemAnswer.Name(changes[0].Item)}: this sheet was saved from somewhere else at the same moment, so nothing was saved. Reload the page and save again")], [], []);
            }
        }

        return new([], [], [.. entries.Select(e => instrument.Item(e.Number)).OfType<InstrumentItem>().Distinct().Select(i => AuditSheets.State(instrument, sheet, i))]);
    }

    /// The observer says their sheet is done (or takes it back while the other has not finished theirs).
    public async Task CompleteAsync(AuditSheet sheet, bool complete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (complete)
            sheet.Complete(time.GetUtcNow());
        else
            sheet.Reopen();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// The agreed answers of a joint observation: where the two observers differed, a note saying how they agreed is
    /// required. The agreed sheet is complete once every item has an agreed answer.
    public async Task<SaveResult> AgreeAsync(InstrumentDefinition instrument, Audit audit, IReadOnlyList<ItemEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(audit);
        var agreement = AuditSheets.Comparison(instrument, audit);
        var missingNotes = entries
            .Select(e => (Entry: e, Comparison: agreement.Items.FirstOrDefault(c => c.Item.Number == e.Number)))
            .Where(x => x.Comparison is { Same: false } && !string.IsNullOrWhiteSpace(x.Entry.Token) && string.IsNullOrWhiteSpace(x.Entry.Note))
            .Select(x => (x.Entry.Number, $"{ItemAnswer.Name(x.Comparison!.Item)}: the observers differed ({x.Comparison.First.Describe(instrument)} and {x.Comparison.Second.Describe(instrument)}); say how you agreed the score"))
            .ToList();
        if (missingNotes.Count > 0)
            return new(missingNotes, [], []);

        var agreed = AuditSheets.Agreed(audit)!;
        var result = await SaveAsync(instrument, agreed, entries, cancellationToken);
        if (!result.Succeeded)
            return result;
        var complete = AuditSheets.Answered(instrument, agreed) == instrument.Items.Count();
        if (complete != (agreed.CompletedAt is not null))
            await CompleteAsync(agreed, complete, cancellationToken);
        return result;
    }

    private static bool SameIndicators(Dictionary<string, IndicatorAnswer> stored, Dictionary<string, IndicatorAnswer> given) =>
        stored.Count == given.Count && stored.All(s => given.TryGetValue(s.Key, out var g) && g == s.Value);
}
