using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Services.Evidence;

namespace Ascent.Web.Pages.SelfEvaluation;

/// What _EvaluationAreas shows: each area of one self-evaluation with its grade, strengths, evidence note and areas for
/// development, and the evidence chosen for it. The self-evaluation's own page adds the links to goals; the page
/// shared with an inspector has none, and lists its evidence items once, below (so EvidenceTitles names them here).
public sealed record EvaluationAreasView(
    Evaluation Evaluation,
    Framework Framework,
    ILookup<int, (int Id, string Outcome)> Goals,
    bool CanPlan,
    bool Nested = false,
    IReadOnlyDictionary<int, List<string>>? EvidenceTitles = null)
{
    public static ILookup<int, (int Id, string Outcome)> NoGoals { get; } =
        Enumerable.Empty<(int, (int, string))>().ToLookup(x => x.Item1, x => x.Item2);
}

/// What _AreaSummary shows: one area's grade, strengths, evidence and areas for development. The evidence is one row:
/// the items chosen for the area (with links, or by title alone where the reader cannot open them), then its short
/// note, and the earlier free-text evidence while it is kept.
public sealed record AreaSummaryView(Framework Framework, string AreaCode, AreaEvaluation? Entry, EvidenceList? Evidence = null, IReadOnlyList<string>? EvidenceTitles = null);
