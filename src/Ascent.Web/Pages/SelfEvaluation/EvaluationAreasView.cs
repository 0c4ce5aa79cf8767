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

/// What _AreaSummary shows: one area's grade, strengths, evidence notes and areas for development. When evidence is
/// chosen from the setting's evidence, an area without notes says nothing rather than "None recorded".
public sealed record AreaSummaryView(Framework Framework, string AreaCode, AreaEvaluation? Entry, bool HasChosenEvidence = false);
