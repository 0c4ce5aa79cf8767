using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.SelfEvaluation;

/// What one LA's respondents are asked: its own wording where it has written one, else Ascent's.
public static class VoiceQuestionReader
{
    public static async Task<IReadOnlyList<(FrameworkArea Area, VoiceWording Wording)>> ForLinkAsync(
        AppDbContext db, VoiceQuestionDefaults defaults, VoiceInvitation invitation, Framework framework, IEnumerable<FrameworkArea> areas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(framework);
        // Whoever answers is not signed in, so the query filters would find nothing: the wording is read for the
        // link's own LA, by the id on the link's row.
        var own = await db.AreaVoiceQuestions.IgnoreQueryFilters().AsNoTracking()
            .Where(q => q.TenantId == invitation.TenantId && q.FrameworkCode == framework.Code && q.Audience == invitation.Audience)
            .ToListAsync(cancellationToken);
        return defaults.ForAudience(framework, areas, invitation.Audience, own);
    }
}
