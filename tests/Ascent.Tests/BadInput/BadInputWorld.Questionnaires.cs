using Ascent.Tests.Pages.Instruments.Questionnaires;
using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// A questionnaire round at Acorn with a few answers (so that its results suggest goals), probed by link as a
/// parent, then as its owner; closing it comes last.
public sealed partial class BadInputWorld
{
    // A property, not a field: CoveredPages (in the other part of this class) reads it while fields start up.
    private static string[] QuestionnairePages =>
    [
        "/settings/{id:int}/questionnaires/new", "/questionnaires/{id:int}", "/questionnaires/{id:int}/link",
        "/questionnaires/{id:int}/paper", "/questionnaires/{id:int}/close", "/q/{token}",
    ];

    private async Task<BadInputWorld> WithQuestionnaireAsync()
    {
        var a1 = _app.World.SettingA1Id;
        var owner = await BrowserForAsync(TestWorld.OwnerA1, fresh: true);
        var (roundId, link) = await QuestionnaireFlow.StartAsync(owner, a1, "parent-questionnaire", new DateOnly(2026, 12, 18));
        var parent = await BrowserForAsync(null);
        var form = await parent.GetAsync(link);
        foreach (var answer in new[] { "2", "3", "4" })
            Assert.Equal("/q/thanks", (await parent.SubmitAsync(form, QuestionnaireFlow.All("age-3-4", int.Parse(answer, System.Globalization.CultureInfo.InvariantCulture)))).Url);
        // First among the anonymous pages: accepting an invitation later signs the anonymous browser in.
        Targets.Insert(0, new(null, link));
        Targets.AddRange(
        [
            new(TestWorld.OwnerA1, $"/settings/{a1}/questionnaires/new"), new(TestWorld.OwnerA1, $"/questionnaires/{roundId}"),
            new(TestWorld.OwnerA1, $"/questionnaires/{roundId}/paper"), new(TestWorld.OwnerA1, $"/questionnaires/{roundId}/link"),
            new(TestWorld.OwnerA1, $"/questionnaires/{roundId}/close"),
        ]);
        return this;
    }
}
