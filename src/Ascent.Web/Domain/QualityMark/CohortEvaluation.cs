using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.QualityMark;

/// Who an end-of-cohort evaluation asks: the settings of the cohort, or its evaluators. Each has its questionnaire
/// and its results apart.
public enum EvaluationAudience
{
    Setting,
    Evaluator,
}

/// A cohort's end-of-cohort evaluation: the questionnaires (instruments/*.yaml, code and version kept, as an audit
/// keeps its own) sent to each setting that got a decision and each evaluator allocated in it, open until the
/// coordinator closes it. Owned by the cohort, so by its LA, not by any one setting: a questionnaire round of the
/// engine (QuestionnaireRound) is a setting's. Settings read it (ISharedWithSettings, as their cohort) to know
/// whether it still takes answers; only the invitations say who was asked.
public sealed class CohortEvaluation : ISharedWithSettings
{
    private CohortEvaluation()
    {
        SettingsInstrumentCode = "";
        SettingsInstrumentVersion = "";
        EvaluatorsInstrumentCode = "";
        EvaluatorsInstrumentVersion = "";
        SentBy = "";
    }

    private CohortEvaluation(Cohort cohort, InstrumentDefinition forSettings, InstrumentDefinition forEvaluators, string sentBy, DateTimeOffset sentAt)
    {
        TenantId = cohort.TenantId;
        CohortId = cohort.Id;
        (SettingsInstrumentCode, SettingsInstrumentVersion) = (forSettings.Code, forSettings.Version);
        (EvaluatorsInstrumentCode, EvaluatorsInstrumentVersion) = (forEvaluators.Code, forEvaluators.Version);
        SentBy = sentBy;
        SentAt = sentAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int CohortId { get; private set; }

    public string SettingsInstrumentCode { get; private set; }

    public string SettingsInstrumentVersion { get; private set; }

    public string EvaluatorsInstrumentCode { get; private set; }

    public string EvaluatorsInstrumentVersion { get; private set; }

    public string SentBy { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// How many answers have come in, all audiences: each answer moves it, with Version, so an answer sent as the
    /// evaluation closes is either in before the close or refused, never saved after it.
    public int Answers { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public static CohortEvaluation Send(Cohort cohort, InstrumentDefinition forSettings, InstrumentDefinition forEvaluators, string sentBy, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(forSettings);
        ArgumentNullException.ThrowIfNull(forEvaluators);
        foreach (var instrument in new[] { forSettings, forEvaluators })
        {
            if (instrument.Scoring != ScoringRule.Likert || instrument.AppliesTo != InstrumentLevel.Respondent)
                throw new ArgumentException($"{instrument.Name} is not a questionnaire.", nameof(forSettings));
        }

        return new CohortEvaluation(cohort, forSettings, forEvaluators, sentBy, sentAt);
    }

    public (string Code, string Version) InstrumentFor(EvaluationAudience audience) => audience == EvaluationAudience.Setting
        ? (SettingsInstrumentCode, SettingsInstrumentVersion)
        : (EvaluatorsInstrumentCode, EvaluatorsInstrumentVersion);

    /// One invitation's answers, kept apart from the invitation so nobody reading the results can tell whose they
    /// are: the invitation only records that it has been answered. Refused once closed or already answered.
    public EvaluationResponse Answer(EvaluationInvitation invitation, LikertResponse response)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(response);
        if (invitation.CohortEvaluationId != Id)
            throw new ArgumentException("The invitation is to another evaluation.", nameof(invitation));
        if (!IsOpen)
            throw new InvalidOperationException("This evaluation has closed.");
        invitation.MarkAnswered();
        Answers++;
        Version++;
        return new EvaluationResponse(this, invitation.Audience, response);
    }

    /// Stops answers: what came in is the final result.
    public void Close(string by, DateTimeOffset at)
    {
        if (!IsOpen)
            throw new InvalidOperationException("This evaluation is already closed.");
        (ClosedBy, ClosedAt) = (by, at);
        Version++;
    }
}

/// One setting or evaluator asked to answer a cohort's evaluation. A setting's invitation is its owner's and
/// managers' to answer (one answer for the setting); an evaluator's is theirs alone. Filtered by hand in
/// AppDbContext.Filters: a setting's staff see their own setting's, the LA's staff all of their LA's.
public sealed class EvaluationInvitation : ITenantOwned
{
    public const int NameMaxLength = 200;

    private EvaluationInvitation()
    {
        Name = "";
    }

    private EvaluationInvitation(CohortEvaluation evaluation, EvaluationAudience audience, int? settingId, Guid? userId, string name)
    {
        TenantId = evaluation.TenantId;
        Evaluation = evaluation;
        Audience = audience;
        SettingId = settingId;
        UserId = userId;
        Name = name;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int CohortEvaluationId { get; private set; }

    public CohortEvaluation Evaluation { get; private set; } = null!;

    public EvaluationAudience Audience { get; private set; }

    /// The setting asked, for a setting's invitation.
    public int? SettingId { get; private set; }

    /// The evaluator asked, for an evaluator's invitation.
    public Guid? UserId { get; private set; }

    /// The setting's or evaluator's name when asked, for the list of who has answered.
    public string Name { get; private set; }

    public bool Answered { get; private set; }

    public int Version { get; private set; }

    public static EvaluationInvitation ToSetting(CohortEvaluation evaluation, int settingId, string name) =>
        new(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), EvaluationAudience.Setting, settingId, null, Limit(name));

    public static EvaluationInvitation ToEvaluator(CohortEvaluation evaluation, Guid userId, string name) =>
        new(evaluation ?? throw new ArgumentNullException(nameof(evaluation)), EvaluationAudience.Evaluator, null, userId, Limit(name));

    internal void MarkAnswered()
    {
        if (Answered)
            throw new InvalidOperationException("This invitation has been answered.");
        Answered = true;
        Version++;
    }

    private static string Limit(string name) => name.Length <= NameMaxLength ? name : name[..NameMaxLength];
}

/// One answer to a cohort's evaluation: which audience, and a score per statement ("1=4;2=5;3="), with nothing to
/// say who gave it. The LA's to read, added up (never a setting's).
public sealed class EvaluationResponse : ITenantOwned, ILocalAuthorityOnly
{
    public const int ScoresMaxLength = 2000;

    private EvaluationResponse()
    {
        Scores = "";
    }

    internal EvaluationResponse(CohortEvaluation evaluation, EvaluationAudience audience, LikertResponse response)
    {
        TenantId = evaluation.TenantId;
        Evaluation = evaluation;
        Audience = audience;
        Scores = string.Join(';', response.Scores.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key}={s.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        if (Scores.Length > ScoresMaxLength)
            throw new ArgumentException("Too many answers.", nameof(response));
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int CohortEvaluationId { get; private set; }

    public CohortEvaluation Evaluation { get; private set; } = null!;

    public EvaluationAudience Audience { get; private set; }

    public string Scores { get; private set; }

    /// The answers as the questionnaire engine counts them (LikertResults.Of); an item left blank is not answered.
    public LikertResponse ToLikert() => ToLikert(Scores);

    public static LikertResponse ToLikert(string scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var answers = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var pair in scores.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (number, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            answers[number] = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : null;
        }

        return new LikertResponse(null, answers);
    }
}
