using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// A comment from the LA's staff on a setting's self-evaluation, on one area or on the whole. The setting sees it
/// beside the area, and its leaders are told.
public sealed class EvaluationComment : ISettingOwned
{
    public const int MaxLength = 4000;

    private EvaluationComment()
    {
        Text = "";
        By = "";
    }

    public EvaluationComment(Evaluation evaluation, string? areaCode, string text, Guid authorId, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (areaCode is not null && evaluation.Areas.All(a => a.AreaCode != areaCode))
            throw new ArgumentException($"No area '{areaCode}' in this self-evaluation.", nameof(areaCode));
        TenantId = evaluation.TenantId;
        SettingId = evaluation.SettingId;
        EvaluationId = evaluation.Id;
        AreaCode = areaCode;
        Text = text.Trim();
        AuthorId = authorId;
        By = by;
        At = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvaluationId { get; private set; }

    /// Null for a comment on the self-evaluation as a whole.
    public string? AreaCode { get; private set; }

    public string Text { get; private set; }

    public Guid AuthorId { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }
}
