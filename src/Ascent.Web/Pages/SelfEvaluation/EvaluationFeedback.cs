using Ascent.Web.Data;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation;

/// What others have said about one self-evaluation, to show beside its areas: the voices of parents and staff, and
/// the LA's comments. Read through the query filters, so only the setting and its LA see it.
public sealed class EvaluationFeedback
{
    private EvaluationFeedback(VoiceSummary voices, List<EvaluationComment> comments)
    {
        Voices = voices;
        Comments = comments;
    }

    public static EvaluationFeedback None { get; } = new(VoiceSummary.Empty, []);

    public VoiceSummary Voices { get; }

    public List<EvaluationComment> Comments { get; }

    public static async Task<EvaluationFeedback> LoadAsync(AppDbContext db, int evaluationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var responses = await db.VoiceResponses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.EvaluationId == evaluationId).ToListAsync(cancellationToken);
        var comments = await db.SelfEvaluationComments.AsNoTracking()
            .Where(c => c.EvaluationId == evaluationId).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return new(new VoiceSummary(responses), comments);
    }

    public AreaFeedback ForArea(string areaCode, int headingLevel) =>
        new(Voices, areaCode, [.. Comments.Where(c => c.AreaCode == areaCode)], headingLevel);
}

/// The model of the _AreaFeedback partial: one area's voices and comments, under headings of the given level.
public sealed record AreaFeedback(VoiceSummary Voices, string AreaCode, IReadOnlyList<EvaluationComment> Comments, int HeadingLevel);
