namespace Ascent.Web.Domain.SelfEvaluation;

/// What others have said about one self-evaluation, to show beside its areas: the voices of parents and staff, and
/// the LA's comments (Services/SelfEvaluation/EvaluationFeedbackReader reads it).
public sealed class EvaluationFeedback(VoiceSummary voices, IReadOnlyList<EvaluationComment> comments)
{
    public static EvaluationFeedback None { get; } = new(VoiceSummary.Empty, []);

    public VoiceSummary Voices { get; } = voices;

    public IReadOnlyList<EvaluationComment> Comments { get; } = comments;

    public AreaFeedback ForArea(string areaCode, int headingLevel) =>
        new(Voices, areaCode, [.. Comments.Where(c => c.AreaCode == areaCode)], headingLevel);
}

/// The model of the _AreaFeedback partial: one area's voices and comments, under headings of the given level.
public sealed record AreaFeedback(VoiceSummary Voices, string AreaCode, IReadOnlyList<EvaluationComment> Comments, int HeadingLevel);
