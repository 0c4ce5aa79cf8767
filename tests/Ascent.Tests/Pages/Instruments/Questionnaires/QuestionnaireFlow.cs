using System.Globalization;
using Ascent.Tests.Support;

namespace Ascent.Tests.Pages.Instruments.Questionnaires;

/// Steps the questionnaire tests share: a round started through the pages, and answers sent as a person would.
internal static class QuestionnaireFlow
{
    /// Starts a round of the questionnaire as the signed-in owner or manager; returns its id and its link's path.
    public static async Task<(int RoundId, string Link)> StartAsync(Browser owner, int settingId, string questionnaire, DateOnly closesOn)
    {
        var form = await owner.GetAsync($"/settings/{settingId}/questionnaires/new");
        var started = await owner.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Questionnaire"] = questionnaire,
            ["ClosesOn.Day"] = closesOn.Day.ToString(CultureInfo.InvariantCulture),
            ["ClosesOn.Month"] = closesOn.Month.ToString(CultureInfo.InvariantCulture),
            ["ClosesOn.Year"] = closesOn.Year.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Empty(started.ErrorMessages);
        var link = started.Document.QuerySelector("#questionnaire-link")?.TextContent.Trim() ?? throw new InvalidOperationException(started.Text);
        var roundId = int.Parse(started.Url.Split('/')[2], CultureInfo.InvariantCulture);
        return (roundId, new Uri(link).AbsolutePath);
    }

    /// The form's fields for one response: the group and an answer per statement (by statement number, 1 up).
    public static Dictionary<string, string> Answers(string? group, params (int Statement, string Answer)[] answers)
    {
        var fields = answers.ToDictionary(a => $"Input.Answers[{a.Statement - 1}]", a => a.Answer);
        if (group is not null)
            fields["Input.Group"] = group;
        return fields;
    }

    /// The same answer to every one of the 15 statements.
    public static Dictionary<string, string> All(string group, int answer) =>
        Answers(group, [.. Enumerable.Range(1, 15).Select(n => (n, answer.ToString(CultureInfo.InvariantCulture)))]);
}
