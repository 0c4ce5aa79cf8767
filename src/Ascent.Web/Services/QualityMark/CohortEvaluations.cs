using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.QualityMark;

/// A cohort's end-of-cohort evaluation: sending it (an invitation to each setting that got a decision and each
/// evaluator allocated in the cohort, told in Ascent and in their next e-mail summary), taking one answer per
/// invitation, closing it, and its results per audience (the questionnaire engine's LikertResults). Every change is
/// saved, and audited, here.
public sealed class CohortEvaluations(AppDbContext db, TimeProvider time, InstrumentDefinitions definitions, QualityMarkNotices notices)
{
    public const string SettingsInstrument = "quality-mark-setting-evaluation";
    public const string EvaluatorsInstrument = "quality-mark-evaluator-evaluation";

    /// The panel has decided: "not yet" (appealed or not), or a level, whatever happened to it since.
    public static IReadOnlyList<AccreditationStatus> Decided { get; } =
        [AccreditationStatus.NotYet, AccreditationStatus.Appealed, AccreditationStatus.Accredited, AccreditationStatus.Lapsed, AccreditationStatus.Withdrawn];

    public static string AnswerLink(int cohortId) => $"/quality-mark/cohorts/{cohortId}/evaluation/answer";

    /// Who sending would ask: the settings with a decision, and the evaluators allocated to any setting of the cohort.
    public async Task<EvaluationInvitees> InviteesAsync(int cohortId, CancellationToken cancellationToken)
    {
        var accreditations = await db.Accreditations.AsNoTracking().Where(a => a.CohortId == cohortId).ToListAsync(cancellationToken);
        var settingIds = accreditations.Where(a => Decided.Contains(a.Status)).Select(a => a.SettingId).ToList();
        var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var evaluatorIds = accreditations.Where(a => a.EvaluatorId != null).Select(a => a.EvaluatorId!.Value).Distinct().ToList();
        var evaluators = await db.Users.AsNoTracking().Where(u => evaluatorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new EvaluationInvitees(
            [.. accreditations.Where(a => Decided.Contains(a.Status) && settings.ContainsKey(a.SettingId)).Select(a => (a, settings[a.SettingId])).OrderBy(s => s.Item2, StringComparer.CurrentCulture)],
            [.. evaluatorIds.Where(evaluators.ContainsKey).Select(id => (accreditations.First(a => a.EvaluatorId == id), evaluators[id])).OrderBy(e => e.Item2, StringComparer.CurrentCulture)]);
    }

    /// Sends the evaluation, or says why not (sent already, nobody to ask, a questionnaire missing).
    public async Task<string?> SendAsync(Cohort cohort, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        if (await db.CohortEvaluations.AnyAsync(e => e.CohortId == cohort.Id, cancellationToken))
            return "The end-of-cohort evaluation has already been sent";
        if (await definitions.CurrentAsync(SettingsInstrument, cancellationToken) is not { } forSettings
            || await definitions.CurrentAsync(EvaluatorsInstrument, cancellationToken) is not { } forEvaluators)
            return "The evaluation questionnaires are missing from Ascent's instruments";
        var invitees = await InviteesAsync(cohort.Id, cancellationToken);
        if (invitees.Settings.Count == 0 && invitees.Evaluators.Count == 0)
            return "No setting in this cohort has a decision yet, and no evaluator is allocated: there is nobody to ask";

        var evaluation = CohortEvaluation.Send(cohort, forSettings, forEvaluators, db.CurrentUser.DisplayName, time.GetUtcNow());
        db.CohortEvaluations.Add(evaluation);
        var link = AnswerLink(cohort.Id);
        foreach (var (accreditation, name) in invitees.Settings)
        {
            db.EvaluationInvitations.Add(EvaluationInvitation.ToSetting(evaluation, accreditation.SettingId, name));
            await notices.ToSettingAsync(accreditation, $"Tell us how the quality mark worked for {name}: the end-of-cohort evaluation of {cohort.Name} is open", link, cancellationToken);
        }

        foreach (var (accreditation, name) in invitees.Evaluators)
        {
            db.EvaluationInvitations.Add(EvaluationInvitation.ToEvaluator(evaluation, accreditation.EvaluatorId!.Value, name));
            await notices.ToEvaluatorAsync(accreditation, $"Tell us how the quality mark worked for you as an evaluator: the end-of-cohort evaluation of {cohort.Name} is open", link, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another coordinator sent it at the same moment: the unique index on the cohort kept theirs. Any other
            // failure saved nothing and is not that.
            db.ChangeTracker.Clear();
            if (!await db.CohortEvaluations.AnyAsync(e => e.CohortId == cohort.Id, cancellationToken))
                throw;
            return "The end-of-cohort evaluation has already been sent";
        }

        return null;
    }

    /// The signed-in person's invitation in the cohort's evaluation: their setting's, or their own as an evaluator.
    public Task<EvaluationInvitation?> InvitationAsync(int cohortId, CancellationToken cancellationToken)
    {
        var (settingId, userId) = (db.CurrentUser.SettingId, db.CurrentUser.UserId);
        return db.EvaluationInvitations.Include(i => i.Evaluation)
            .Where(i => i.Evaluation.CohortId == cohortId)
            .FirstOrDefaultAsync(i => (settingId != null && i.Audience == EvaluationAudience.Setting && i.SettingId == settingId)
                || (settingId == null && i.Audience == EvaluationAudience.Evaluator && i.UserId == userId), cancellationToken);
    }

    /// Saves one answer, or says it was not taken (closed, or already answered). Each answer moves the evaluation's
    /// Version, so two at once are saved one after the other and one sent as it closes is refused.
    public async Task<bool> AnswerAsync(int cohortId, LikertResponse response, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var invitation = await InvitationAsync(cohortId, cancellationToken);
            if (invitation is null || invitation.Answered || !invitation.Evaluation.IsOpen)
                return false;
            db.EvaluationResponses.Add(invitation.Evaluation.Answer(invitation, response));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 4)
            {
            }
        }
    }

    /// The questionnaire an audience answers, as it was when the evaluation was sent.
    public async Task<InstrumentDefinition?> InstrumentAsync(CohortEvaluation evaluation, EvaluationAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (code, version) = evaluation.InstrumentFor(audience);
        return await definitions.VersionAsync(code, version, cancellationToken);
    }

    /// Each audience's results: how many were asked and answered, and the answers added up per statement.
    public async Task<IReadOnlyList<AudienceResults>> ResultsAsync(CohortEvaluation evaluation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var invitations = await db.EvaluationInvitations.AsNoTracking().Where(i => i.CohortEvaluationId == evaluation.Id)
            .Select(i => new { i.Audience, i.Answered }).ToListAsync(cancellationToken);
        var responses = await db.EvaluationResponses.AsNoTracking().Where(r => r.CohortEvaluationId == evaluation.Id)
            .OrderBy(r => r.Id).Select(r => new { r.Audience, r.Scores }).ToListAsync(cancellationToken);
        var results = new List<AudienceResults>();
        foreach (var audience in Enum.GetValues<EvaluationAudience>())
        {
            if (await InstrumentAsync(evaluation, audience, cancellationToken) is not { } instrument)
                continue;
            // Only this version's statements and scale count, as for a setting's questionnaire round.
            var answers = responses.Where(r => r.Audience == audience).Select(r => EvaluationResponse.ToLikert(r.Scores)).Select(r => r with
            {
                Scores = r.Scores.Where(s => instrument.Item(s.Key) is not null && (s.Value is null || instrument.Scale.Contains(s.Value.Value)))
                    .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
            });
            var asked = invitations.Where(i => i.Audience == audience).ToList();
            results.Add(new AudienceResults(audience, instrument, LikertResults.Of(instrument, answers), asked.Count, asked.Count(i => i.Answered)));
        }

        return results;
    }

    public async Task<bool> CloseAsync(CohortEvaluation evaluation, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        db.Entry(evaluation).Property(e => e.Version).OriginalValue = version;
        evaluation.Close(db.CurrentUser.DisplayName, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

/// Who an evaluation asks: each setting with its accreditation, each evaluator with one accreditation they were
/// allocated to (which says whose they are, for the notice).
public sealed record EvaluationInvitees(IReadOnlyList<(Accreditation Accreditation, string Name)> Settings, IReadOnlyList<(Accreditation Accreditation, string Name)> Evaluators);

/// One audience's results: invited, answered, and the answers added up.
public sealed record AudienceResults(EvaluationAudience Audience, InstrumentDefinition Instrument, LikertResults Results, int Invited, int Answered);
