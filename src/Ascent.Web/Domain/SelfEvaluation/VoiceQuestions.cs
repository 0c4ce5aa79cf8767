namespace Ascent.Web.Domain.SelfEvaluation;

/// The wording of the reflective questions, one per area, put to each audience. Our own words, kept short so a
/// parent can answer on a phone.
public static class VoiceQuestions
{
    public const int MaxAnswerLength = 2000;

    public static string ForArea(VoiceAudience audience) => audience switch
    {
        VoiceAudience.Parent => "What does your child experience here in this area? What works well, and what could be better?",
        _ => "What do we do well in this area, and what should we improve?",
    };

    public static string Overall(VoiceAudience audience) => audience switch
    {
        VoiceAudience.Parent => "If you could change one thing about your child's time here, what would it be?",
        _ => "If you could change one thing about how we work, what would it be?",
    };

    public static string Noun(VoiceAudience audience, int count) => (audience, count) switch
    {
        (VoiceAudience.Parent, 1) => "1 parent",
        (VoiceAudience.Parent, _) => $"{count} parents",
        (_, 1) => "1 member of staff",
        _ => $"{count} staff",
    };

    public static string Group(VoiceAudience audience) => audience == VoiceAudience.Parent ? "Parents" : "Staff";
}
