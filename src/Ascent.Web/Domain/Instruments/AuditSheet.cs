using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// One person's answers in an audit: an observer's (each of two observers keeps their own), the agreed answers of a
/// joint observation, or one respondent's to a questionnaire. Autosave writes here answer by answer; Version guards
/// against two tabs overwriting each other.
public sealed class AuditSheet : ISettingOwned
{
    public const int NameMaxLength = 200;
    public const int GroupMaxLength = 100;

    private readonly List<AuditAnswer> _answers = [];
    private readonly List<AuditIndicatorAnswer> _indicators = [];

    private AuditSheet()
    {
        PersonName = "";
    }

    internal AuditSheet(Audit audit, SheetKind kind, Guid? personId, string personName, string? respondentGroup)
    {
        Audit = audit;
        TenantId = audit.TenantId;
        SettingId = audit.SettingId;
        Kind = kind;
        PersonId = personId;
        PersonName = personName;
        RespondentGroup = respondentGroup;
    }

    public int Id { get; private set; }

    public int AuditId { get; private set; }

    public Audit Audit { get; private set; } = null!;

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public SheetKind Kind { get; private set; }

    /// The observer's account (null for a respondent, or an observer named in an import).
    public Guid? PersonId { get; private set; }

    public string PersonName { get; private set; }

    /// A questionnaire respondent's group code (from the instrument's respondent_groups), else null.
    public string? RespondentGroup { get; private set; }

    /// When the observer said their own answers were complete (a joint observation compares complete sheets).
    public DateTimeOffset? CompletedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<AuditAnswer> Answers => _answers;

    public IReadOnlyList<AuditIndicatorAnswer> Indicators => _indicators;

    public AuditAnswer? Answer(string itemNumber) => _answers.FirstOrDefault(a => a.ItemNumber == itemNumber);

    /// The item's answer row, made if it is not there yet.
    public AuditAnswer AnswerFor(string itemNumber)
    {
        if (Answer(itemNumber) is { } existing)
            return existing;
        var answer = new AuditAnswer(this, itemNumber);
        _answers.Add(answer);
        return answer;
    }

    public void SetIndicator(string itemNumber, string indicatorCode, IndicatorAnswer? answer)
    {
        var existing = _indicators.FirstOrDefault(i => i.ItemNumber == itemNumber && i.IndicatorCode == indicatorCode);
        if (answer is null)
        {
            if (existing is not null)
                _indicators.Remove(existing);
        }
        else if (existing is null)
        {
            _indicators.Add(new AuditIndicatorAnswer(this, itemNumber, indicatorCode, answer.Value));
        }
        else
        {
            existing.Answer = answer.Value;
        }
    }

    public void Touch() => Version++;

    public void Complete(DateTimeOffset at)
    {
        CompletedAt = at;
        Version++;
    }

    public void Reopen()
    {
        CompletedAt = null;
        Version++;
    }
}

public enum SheetKind
{
    Observer,
    Agreed,
    Respondent,
}
