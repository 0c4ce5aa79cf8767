using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.SelfEvaluation;

/// Reads voices/questions.yaml, refusing with the line of the bad value anything a respondent would trip over: a
/// framework or area that does not exist, an area without both audiences, a heading or question missing or too long.
public static class VoiceQuestionsLoader
{
    private static readonly (string Key, VoiceAudience Audience)[] Audiences = [("parents", VoiceAudience.Parent), ("staff", VoiceAudience.Staff)];

    /// `file` only names the source in error messages.
    public static VoiceQuestionDefaults Parse(string yaml, string file, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var root = new YamlMap(YamlFile.LoadSingle(yaml, file, "set of questions"), file, "the questions file", "frameworks");
        var wording = new Dictionary<(string, string, VoiceAudience), VoiceWording>();
        var seenFrameworks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.List("frameworks", required: true))
        {
            var entry = new YamlMap(node, file, "a framework's questions", "framework", "areas");
            var code = entry.RequiredScalar("framework");
            if (!frameworks.TryGet(code.Value!, out var framework))
                throw entry.Error(code.Start, $"framework '{code.Value}' is not one of frameworks/*.yaml: {string.Join(", ", frameworks.All.Select(f => f.Code))}.");
            if (!seenFrameworks.Add(framework.Code))
                throw entry.Error(code.Start, $"framework '{code.Value}' is listed twice.");
            var gradable = Evaluation.AreasOf(framework).ToList();
            if (gradable.Count == 0)
                throw entry.Error(code.Start, $"framework '{code.Value}' has no areas a setting grades itself on, so nobody is asked about it.");

            var seenAreas = new HashSet<string>(StringComparer.Ordinal);
            foreach (var areaNode in entry.List("areas", required: true))
            {
                var area = new YamlMap(areaNode, file, "an area's questions", "area", "parents", "staff");
                var areaCode = area.RequiredScalar("area");
                if (gradable.All(a => a.Code != areaCode.Value))
                    throw area.Error(areaCode.Start, $"area '{areaCode.Value}' is not an area of '{framework.Code}' that a setting grades itself on: {string.Join(", ", gradable.Select(a => a.Code))}.");
                if (!seenAreas.Add(areaCode.Value!))
                    throw area.Error(areaCode.Start, $"area '{areaCode.Value}' is listed twice for '{framework.Code}'.");
                foreach (var (key, audience) in Audiences)
                    wording[(framework.Code, areaCode.Value!, audience)] = ReadWording(area, key, file);
            }

            if (gradable.FirstOrDefault(a => !seenAreas.Contains(a.Code)) is { } missing)
                throw entry.Error(code.Start, $"area '{missing.Code}' ({missing.Name}) of '{framework.Code}' has no questions; every area a setting grades itself on needs them.");
        }

        return new VoiceQuestionDefaults(wording);
    }

    private static VoiceWording ReadWording(YamlMap area, string key, string file)
    {
        var node = area.Node(key) ?? throw area.Error(area.KeyOrMapStart(key), $"{key} is required: both parents and staff are asked about every area.");
        var map = new YamlMap(node, file, $"the {key} wording", "heading", "question");
        foreach (var field in new[] { "heading", "question" })
        {
            var value = map.RequiredScalar(field);
            var problem = field == "heading" ? VoiceWording.HeadingProblem(value.Value) : VoiceWording.QuestionProblem(value.Value);
            if (problem is not null)
                throw map.Error(value.Start, $"{problem} ({key}, {field}).");
        }

        return new VoiceWording(VoiceWording.Clean(map.Required("heading")), VoiceWording.Clean(map.Required("question")));
    }
}
