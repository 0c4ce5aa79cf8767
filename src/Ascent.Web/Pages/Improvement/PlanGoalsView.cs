using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Services.Improvement;

namespace Ascent.Web.Pages.Improvement;

/// What _PlanGoals shows: the whole plan in the order of the Word document, read-only. The printable page and the
/// page an inspector opens from a share link both show it, so they say the same thing.
public sealed record PlanGoalsView(IReadOnlyList<PlanGoal> Goals, FrameworkRegistry Frameworks, bool Nested = false)
{
    public string Area(PlanGoal goal) => PlanText.Area(goal, Frameworks);
}
