using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Voices.Questions;

/// What the LA's settings' parents and staff are asked about each area, framework by framework: the LA's own
/// wording where it has written one, else Ascent's (voices/questions.yaml).
[Authorize(Policy = Policies.SelfEvaluationGuidance)]
public sealed class IndexModel(AppDbContext db, FrameworkRegistry frameworks, VoiceQuestionDefaults defaults) : PageModel
{
    public List<(Framework Framework, List<Row> Rows)> Frameworks { get; private set; } = [];

    public static string Slug(VoiceAudience audience) => audience == VoiceAudience.Parent ? "parents" : "staff";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentUser.TenantId;
        var nation = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Nation).FirstOrDefaultAsync(cancellationToken);
        var own = await db.AreaVoiceQuestions.AsNoTracking().Where(q => q.TenantId == tenantId).ToListAsync(cancellationToken);
        Frameworks = [.. Guidance.IndexModel.ForNation(frameworks, nation).Select(f => (f, Rows(f, own)))];
    }

    private List<Row> Rows(Framework framework, List<AreaVoiceQuestion> own)
    {
        var areas = Evaluation.AreasOf(framework).ToList();
        return [.. new[] { VoiceAudience.Parent, VoiceAudience.Staff }.SelectMany(audience =>
            defaults.ForAudience(framework, areas, audience, own).Select(a => new Row(a.Area, audience, a.Wording,
                own.Any(q => q.FrameworkCode == framework.Code && q.AreaCode == a.Area.Code && q.Audience == audience))))
            .OrderBy(r => areas.IndexOf(r.Area)).ThenBy(r => r.Audience)];
    }

    public sealed record Row(FrameworkArea Area, VoiceAudience Audience, VoiceWording Wording, bool IsOwn);
}
