using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// The quality mark's pages and forms, gathered from each of its parts' own lists.
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkPages =>
        [.. QualityMarkCohortPages, .. QualityMarkEvaluatorPages, .. QualityMarkPortfolioPages, .. QualityMarkDecisionPages,
        .. QualityMarkSchemePages, .. QualityMarkEvaluationPages, .. QualityMarkNetworkPages];

    private static async Task<List<Target>> QualityMarkTargetsAsync(AscentFixture app) =>
    [
        .. await QualityMarkCohortTargetsAsync(app), .. await QualityMarkEvaluatorTargetsAsync(app),
        .. await QualityMarkPortfolioTargetsAsync(app), .. await QualityMarkDecisionTargetsAsync(app),
        .. QualityMarkSchemeTargets, .. await QualityMarkEvaluationTargetsAsync(app), .. await QualityMarkNetworkTargetsAsync(app),
    ];
}
