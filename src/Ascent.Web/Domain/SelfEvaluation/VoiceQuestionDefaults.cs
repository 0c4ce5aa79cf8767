using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.SelfEvaluation;

/// Ascent's own wording of what parents and staff are asked about each area (voices/questions.yaml), and how an LA's
/// wording takes its place. A framework the file does not list asks a general question under the area's name.
public sealed class VoiceQuestionDefaults
{
    private readonly Dictionary<(string Framework, string Area, VoiceAudience Audience), VoiceWording> _wording;

    public VoiceQuestionDefaults(IReadOnlyDictionary<(string Framework, string Area, VoiceAudience Audience), VoiceWording> wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        _wording = new(wording);
    }

    public static VoiceQuestionDefaults LoadFromFile(string path, FrameworkRegistry frameworks) =>
        VoiceQuestionsLoader.Parse(File.ReadAllText(path), path, frameworks);

    /// Ascent's wording for one audience and area.
    public VoiceWording For(string frameworkCode, FrameworkArea area, VoiceAudience audience)
    {
        ArgumentNullException.ThrowIfNull(area);
        return _wording.TryGetValue((frameworkCode, area.Code, audience), out var wording)
            ? wording
            : new VoiceWording(area.Name, VoiceQuestions.ForArea(audience));
    }

    /// What one audience is asked about each area, in the framework's order: the LA's wording where it has one
    /// (`own`, its rows for this framework or more), else Ascent's.
    public IReadOnlyList<(FrameworkArea Area, VoiceWording Wording)> ForAudience(
        Framework framework, IEnumerable<FrameworkArea> areas, VoiceAudience audience, IEnumerable<AreaVoiceQuestion> own)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var mine = own.Where(q => q.FrameworkCode == framework.Code && q.Audience == audience).ToDictionary(q => q.AreaCode, q => q.Wording, StringComparer.Ordinal);
        return [.. areas.Select(a => (a, mine.TryGetValue(a.Code, out var wording) ? wording : For(framework.Code, a, audience)))];
    }
}
