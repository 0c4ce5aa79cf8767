using Ascent.Web.Data;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.SelfEvaluation;

/// Reads what others have said about one self-evaluation through the query filters, so only the setting and its LA
/// see it.
public static class EvaluationFeedbackReader
{
    public static async Task<EvaluationFeedback> LoadAsync(AppDbContext db, int evaluationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var responses = await db.VoiceResponses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.EvaluationId == evaluationId).ToListAsync(cancellationToken);
        var comments = await db.SelfEvaluationComments.AsNoTracking()
            .Where(c => c.EvaluationId == evaluationId).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return new(new VoiceSummary(responses), comments);
    }
}
