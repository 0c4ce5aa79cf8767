using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// A setting's round of a staff or parent questionnaire: the Audit that holds the answers (a respondent sheet per
/// person), the date it stops taking answers, and the secret link people answer through without an account.
/// Only the link's hash is kept, so the setting sees the link once; making a new one stops the old one working.
public sealed class QuestionnaireRound : ISettingOwned
{
    private QuestionnaireRound()
    {
        TokenHash = "";
    }

    private QuestionnaireRound(Audit audit, DateOnly closesOn, string tokenHash, DateTimeOffset at)
    {
        Audit = audit;
        TenantId = audit.TenantId;
        SettingId = audit.SettingId;
        ClosesOn = closesOn;
        TokenHash = tokenHash;
        LinkMadeAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int AuditId { get; private set; }

    public Audit Audit { get; private set; } = null!;

    /// The last day answers are taken, by link or from paper.
    public DateOnly ClosesOn { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset LinkMadeAt { get; private set; }

    public int Version { get; private set; }

    /// A new round on a questionnaire audit just started, with the link's token (shown once, never stored).
    public static (QuestionnaireRound Round, string Token) Start(Audit audit, InstrumentDefinition instrument, DateOnly closesOn, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.Scoring != ScoringRule.Likert || instrument.AppliesTo != InstrumentLevel.Respondent)
            throw new ArgumentException("A questionnaire round needs a questionnaire.", nameof(instrument));
        if (audit.InstrumentCode != instrument.Code)
            throw new ArgumentException("The audit is of another instrument.", nameof(audit));
        if (closesOn < audit.ObservedOn)
            throw new ArgumentException("A round cannot close before it starts.", nameof(closesOn));
        var token = SecretToken.New();
        return (new QuestionnaireRound(audit, closesOn, SecretToken.Hash(token), at), token);
    }

    public static string HashToken(string token) => SecretToken.Hash(token);

    /// Whether answers are still taken on this day: until the closing date, and never once the round is closed.
    public bool IsOpenOn(DateOnly today) => !Audit.IsLocked && today <= ClosesOn;

    /// A new link in place of the old one, which stops working.
    public string NewLink(DateTimeOffset at)
    {
        if (Audit.IsLocked)
            throw new InvalidOperationException("A closed round takes no answers, so it needs no link.");
        var token = SecretToken.New();
        TokenHash = SecretToken.Hash(token);
        LinkMadeAt = at;
        Version++;
        return token;
    }

    /// One more person's answers, as a respondent sheet of the round's audit. Refused once the round is closed or
    /// past its closing date.
    public AuditSheet Answer(LikertResponse response, string howItCameIn, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!IsOpenOn(today))
            throw new InvalidOperationException("This questionnaire round is closed.");
        var sheet = Audit.AddSheet(SheetKind.Respondent, null, howItCameIn, response.Group);
        foreach (var (item, score) in response.Scores)
        {
            if (score is not null)
                sheet.AnswerFor(item).Score = score;
        }

        sheet.Complete(at);
        return sheet;
    }

    /// Closes the round: the audit is finished, locked, with the overall mean as its total.
    public void Close(string by, DateTimeOffset at, LikertResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Audit.Finish(by, at, results.Overall.Mean);
        Version++;
    }
}
