using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;

namespace Ascent.Web.Pages.SelfEvaluation;

/// What _EvaluationAreas shows: each area of one self-evaluation with its grade, strengths, evidence and areas for
/// development. The self-evaluation's own page adds the links to goals; the page shared with an inspector has none.
public sealed record EvaluationAreasView(
    Evaluation Evaluation,
    Framework Framework,
    ILookup<int, (int Id, string Outcome)> Goals,
    bool CanPlan,
    bool Nested = false)
{
    public static ILookup<int, (int Id, string Outcome)> NoGoals { get; } =
        Enumerable.Empty<(int, (int, string))>().ToLookup(x => x.Item1, x => x.Item2);
}
