using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Instruments;

/// A setting's questionnaire rounds: starting one (an audit of the questionnaire with its round and link), taking
/// answers by link or from paper and closing it (the audit finished with the overall mean as its total). Every change
/// is saved, and audited, here; a suggested goal becomes a goal of the plan through AuditSuggestions, as an audit's does.
public sealed class QuestionnaireRounds(AppDbContext db, TimeProvider time, InstrumentDefinitions definitions, Links links)
{
    /// How a response came in, kept on its sheet in place of a name: nobody's name is asked for.
    public const string Online = "Answered online";

    public const string Paper = "Entered from paper";

    /// The questionnaires a round can start on: respondent-level Likert instruments, current versions.
    /// The quality mark's end-of-cohort evaluations: the LA asks them of a cohort's settings and evaluators, so a setting
    /// does not send them to its own parents or staff.
    private static readonly string[] AskedByTheLa = [QualityMark.CohortEvaluations.SettingsInstrument, QualityMark.CohortEvaluations.EvaluatorsInstrument];

    public async Task<IReadOnlyList<InstrumentDefinition>> QuestionnairesAsync(CancellationToken cancellationToken) =>
        [.. (await definitions.CurrentAsync(cancellationToken))
            .Where(i => i.Scoring == ScoringRule.Likert && i.AppliesTo == InstrumentLevel.Respondent && !AskedByTheLa.Contains(i.Code))
            .OrderBy(i => i.Name, StringComparer.CurrentCulture)];

    public static string LinkPath(string token) => $"/q/{token}";

    public string LinkUrl(string token) => links.Absolute(LinkPath(token));

    public async Task<(QuestionnaireRound Round, string Token)> StartAsync(Setting setting, InstrumentDefinition instrument, DateOnly closesOn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var audit = new Audit(setting, null, instrument, AuditMode.ItemScores, time.Today(), db.CurrentUser.DisplayName, now);
        var (round, token) = QuestionnaireRound.Start(audit, instrument, closesOn, now);
        db.Audits.Add(audit);
        db.QuestionnaireRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return (round, token);
    }

    public async Task<string> NewLinkAsync(QuestionnaireRound round, CancellationToken cancellationToken)
    {
        var token = round.NewLink(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// Saves one response, or says the round has closed. `load` finds the round again (by its link, or through the
    /// filters for the setting's own staff): adding a sheet moves the audit's version, so two people sending at the
    /// same moment are saved one after the other, and a round closed in between takes neither late answer.
    public async Task<bool> AnswerAsync(Func<CancellationToken, Task<QuestionnaireRound?>> load, LikertResponse response, string howItCameIn, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var round = await load(cancellationToken);
            if (round is null || !round.IsOpenOn(time.Today()))
                return false;
            round.Answer(response, howItCameIn, time.Today(), time.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 4)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task CloseAsync(QuestionnaireRound round, CancellationToken cancellationToken)
    {
        var results = await ResultsOfAsync(round.Audit, cancellationToken);
        round.Close(db.CurrentUser.DisplayName, time.GetUtcNow(), results);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// The round's results so far (or final), scored on the version of the questionnaire it started on.
    public async Task<LikertResults> ResultsOfAsync(Audit audit, CancellationToken cancellationToken)
    {
        var instrument = await definitions.VersionAsync(audit.InstrumentCode, audit.InstrumentVersion, cancellationToken)
            ?? throw new InvalidOperationException("The questionnaire this round started on is no longer known.");
        return LikertResults.Of(instrument, await ResponsesAsync(audit.Id, instrument, cancellationToken));
    }

    public async Task<List<LikertResponse>> ResponsesAsync(int auditId, InstrumentDefinition instrument, CancellationToken cancellationToken)
    {
        var sheets = await db.AuditSheets.AsNoTracking()
            .Where(s => s.AuditId == auditId && s.Kind == SheetKind.Respondent)
            .OrderBy(s => s.Id)
            .Select(s => new { s.RespondentGroup, Answers = s.Answers.Select(a => new { a.ItemNumber, a.Score }).ToList() })
            .ToListAsync(cancellationToken);
        // A later version of the questionnaire may have dropped an item: only the items of this version count.
        return [.. sheets.Select(s => new LikertResponse(
            s.RespondentGroup,
            s.Answers.Where(a => instrument.Item(a.ItemNumber) is not null && a.Score is not null && instrument.Scale.Contains(a.Score.Value))
                .ToDictionary(a => a.ItemNumber, a => a.Score, StringComparer.Ordinal)))];
    }

    /// "Parent questionnaire of 23 November 2026": how a round is named in words.
    public static string RoundName(InstrumentDefinition instrument, Audit audit)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(audit);
        return $"{instrument.Name.ToLower(System.Globalization.CultureInfo.CurrentCulture)} of {Format.Date(audit.ObservedOn)}";
    }
}
