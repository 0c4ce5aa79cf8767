namespace Ascent.Web.Domain.SelfEvaluation;

/// The voices on one self-evaluation, put beside its areas: how many answered, and each area's answers by audience.
public sealed class VoiceSummary
{
    private readonly List<VoiceResponse> _responses;

    public VoiceSummary(IEnumerable<VoiceResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        _responses = [.. responses.OrderBy(r => r.At).ThenBy(r => r.Id)];
    }

    public static VoiceSummary Empty { get; } = new([]);

    public int Count => _responses.Count;

    /// "3 responses: 2 parents, 1 member of staff", or "No responses yet".
    public string Describe() => Describe(_responses.Select(r => r.Audience).ToList());

    /// Each audience that said something about the area, with what it said, parents first.
    public IReadOnlyList<(VoiceAudience Audience, IReadOnlyList<string> Answers)> ForArea(string areaCode) =>
        [.. _responses.SelectMany(r => r.Answers.Where(a => a.AreaCode == areaCode).Select(a => (r.Audience, a.Text)))
            .GroupBy(x => x.Audience).OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(x => x.Text)]))];

    /// The questions an audience answered about the area, as they were put (an LA may reword them between two people).
    public IReadOnlyList<string> QuestionsForArea(string areaCode, VoiceAudience audience) =>
        [.. _responses.Where(r => r.Audience == audience).SelectMany(r => r.Answers)
            .Where(a => a.AreaCode == areaCode && a.Question is not null).Select(a => a.Question!).Distinct()];

    public int CountForArea(string areaCode) => _responses.Count(r => r.Answers.Any(a => a.AreaCode == areaCode));

    /// The answers to "what would you change", by audience.
    public IReadOnlyList<(VoiceAudience Audience, IReadOnlyList<string> Answers)> Overall() =>
        [.. _responses.Where(r => r.Overall is not null).GroupBy(r => r.Audience).OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(r => r.Overall!)]))];

    private static string Describe(List<VoiceAudience> audiences)
    {
        if (audiences.Count == 0)
            return "No responses yet";
        var parts = audiences.GroupBy(a => a).OrderBy(g => g.Key).Select(g => VoiceQuestions.Noun(g.Key, g.Count()));
        return $"{audiences.Count} {(audiences.Count == 1 ? "response" : "responses")}: {string.Join(", ", parts)}";
    }
}
