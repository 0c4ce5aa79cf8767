using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// Everything a round's results page shows: the round's results, those of the previous finished round of the same
/// questionnaire at the same setting, the suggested goals and which of them are already in the plan.
public sealed class QuestionnaireResults(AppDbContext db, InstrumentDefinitions definitions, QuestionnaireRounds rounds)
{
    /// The results of a round the page has found (with its audit) through the query filters, at its setting.
    public async Task<QuestionnaireRoundResults?> LoadAsync(QuestionnaireRound round, Setting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(setting);
        var audit = round.Audit;
        var instrument = await definitions.VersionAsync(audit.InstrumentCode, audit.InstrumentVersion, cancellationToken);
        if (instrument is null)
            return null;
        var results = LikertResults.Of(instrument, await rounds.ResponsesAsync(audit.Id, instrument, cancellationToken));
        var counts = await db.AuditSheets.Where(s => s.AuditId == audit.Id && s.Kind == SheetKind.Respondent)
            .GroupBy(s => s.PersonName).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var previousRound = await db.QuestionnaireRounds.AsNoTracking().Include(r => r.Audit)
            .Where(r => r.SettingId == round.SettingId && r.Audit.InstrumentCode == audit.InstrumentCode && r.Id != round.Id
                && r.Audit.Status == AuditStatus.Finished
                && (r.Audit.ObservedOn < audit.ObservedOn || (r.Audit.ObservedOn == audit.ObservedOn && r.Id < round.Id)))
            .OrderByDescending(r => r.Audit.ObservedOn).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        LikertResults? previous = null;
        if (previousRound is not null && await definitions.VersionAsync(previousRound.Audit.InstrumentCode, previousRound.Audit.InstrumentVersion, cancellationToken) is { } previousInstrument)
            previous = LikertResults.Of(previousInstrument, await rounds.ResponsesAsync(previousRound.AuditId, previousInstrument, cancellationToken));

        var accepted = await AuditSuggestions.AcceptedAsync(db, audit.Id, cancellationToken);
        return new QuestionnaireRoundResults(
            round,
            instrument,
            setting.Name,
            results,
            previousRound,
            previous,
            LikertSuggestions.From(results, QuestionnaireRounds.RoundName(instrument, audit)),
            accepted,
            counts.Where(c => c.Key == QuestionnaireRounds.Online).Sum(c => c.Count),
            counts.Where(c => c.Key == QuestionnaireRounds.Paper).Sum(c => c.Count));
    }
}

public sealed record QuestionnaireRoundResults(
    QuestionnaireRound Round,
    InstrumentDefinition Instrument,
    string SettingName,
    LikertResults Results,
    QuestionnaireRound? PreviousRound,
    LikertResults? Previous,
    IReadOnlyList<LikertSuggestion> Suggestions,
    /// The goals already in the plan, by suggestion key (LikertSuggestion.Key), as for an audit's suggestions.
    IReadOnlyDictionary<string, int> AcceptedGoals,
    int Online,
    int Paper)
{
    /// The previous round's figures for an item of this one (matched by number), or null.
    public LikertFigures? PreviousItem(string number) => Previous?.Items.FirstOrDefault(i => i.Item.Number == number)?.Figures;

    public LikertFigures? PreviousSubscale(string code) => Previous?.Subscales.FirstOrDefault(s => s.Subscale.Code == code)?.Figures;
}
