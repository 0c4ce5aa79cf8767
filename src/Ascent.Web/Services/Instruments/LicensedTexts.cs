using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// What an import of licensed texts did: the problems (nothing saved) or how many texts replaced how many.
public sealed record LicensedTextsResult(IReadOnlyList<TransferProblem> Problems, int Imported, int Replaced)
{
    public bool Succeeded => Problems.Count == 0;
}

/// Who holds a licence: an LA (SettingId null) or one of its settings.
public sealed record LicenceHolder(int TenantId, int? SettingId);

/// A tenant's licensed indicator texts: importing them (all or nothing, replacing the holder's texts for that
/// instrument in one transaction) and putting them into an instrument's items so audits can be scored from ticked
/// indicators. Reads go through the query filters; the command line, acting as the system, names the holder.
public sealed class LicensedTexts(AppDbContext db, CurrentUser currentUser, TimeProvider time)
{
    public async Task<LicensedTextsResult> ImportAsync(InstrumentDefinition instrument, LicenceHolder holder, Stream file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(holder);
        if (instrument.Scoring != ScoringRule.EnvironmentRating)
            return new([new TransferProblem(1, $"{instrument.Name} has no indicators: only an environment rating scale takes indicator texts")], 0, 0);
        var (rows, problems) = LicensedTextsFile.Read(file, instrument);
        if (problems.Count > 0)
            return new(problems, 0, 0);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var old = await HeldBy(holder).Where(t => t.InstrumentCode == instrument.Code).ToListAsync(cancellationToken);
        db.InstrumentTexts.RemoveRange(old);
        var now = time.GetUtcNow();
        db.InstrumentTexts.AddRange(rows.Select(r => new InstrumentText(
            holder.TenantId, holder.SettingId, instrument, r.ItemNumber, r.Indicator, r.NotApplicableAllowed, r.Text, currentUser.DisplayName, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new([], rows.Count, old.Count);
    }

    /// The holder's texts for an instrument, in item and indicator order (any version: the page says which they fit).
    public async Task<IReadOnlyList<InstrumentText>> ListAsync(string instrumentCode, LicenceHolder holder, CancellationToken cancellationToken = default)
    {
        var texts = await HeldBy(holder).AsNoTracking().Where(t => t.InstrumentCode == instrumentCode).ToListAsync(cancellationToken);
        return [.. texts.OrderBy(t => ItemOrder(t.ItemNumber)).ThenBy(t => t.ItemNumber, StringComparer.Ordinal).ThenBy(t => t.Level).ThenBy(t => t.Number)];
    }

    /// How many texts the holder has for an instrument, without reading them.
    public Task<int> CountAsync(string instrumentCode, LicenceHolder holder, CancellationToken cancellationToken = default) =>
        HeldBy(holder).CountAsync(t => t.InstrumentCode == instrumentCode, cancellationToken);

    /// The instrument with the texts that apply to the signed-in person put into its items: their setting's own
    /// licence if it has one, else their LA's. Unchanged for someone of no LA (a system administrator).
    public async Task<InstrumentDefinition> ForCurrentUserAsync(InstrumentDefinition instrument, CancellationToken cancellationToken = default)
    {
        if (currentUser.TenantId is not { } tenantId)
            return instrument;
        return await ForSettingAsync(instrument, tenantId, currentUser.SettingId, cancellationToken);
    }

    /// The instrument with the texts that apply at a setting (its own licence first, else its LA's), or with none.
    public async Task<InstrumentDefinition> ForSettingAsync(InstrumentDefinition instrument, int tenantId, int? settingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Scoring != ScoringRule.EnvironmentRating)
            return instrument;
        var texts = await db.InstrumentTexts.AsNoTracking()
            .Where(t => t.TenantId == tenantId && t.InstrumentCode == instrument.Code && t.InstrumentVersion == instrument.Version
                && (t.SettingId == null || t.SettingId == settingId))
            .ToListAsync(cancellationToken);
        var own = texts.Where(t => t.SettingId != null).ToList();
        return With(instrument, own.Count > 0 ? own : texts);
    }

    /// The instrument whose items take their indicators from the texts (items without texts keep their own).
    public static InstrumentDefinition With(InstrumentDefinition instrument, IReadOnlyCollection<InstrumentText> texts)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (texts.Count == 0)
            return instrument;
        var byItem = texts.GroupBy(t => t.ItemNumber, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorDefinition>)[.. g.OrderBy(t => t.Level).ThenBy(t => t.Number).Select(t => t.ToIndicator())], StringComparer.Ordinal);
        return instrument with
        {
            Subscales = [.. instrument.Subscales.Select(s => s with
            {
                Items = [.. s.Items.Select(i => byItem.TryGetValue(i.Number, out var indicators) ? i with { Indicators = indicators } : i)],
            })],
        };
    }

    private IQueryable<InstrumentText> HeldBy(LicenceHolder holder) =>
        db.InstrumentTexts.Where(t => t.TenantId == holder.TenantId && t.SettingId == holder.SettingId);

    private static int ItemOrder(string number) => int.TryParse(number, out var n) ? n : int.MaxValue;
}
