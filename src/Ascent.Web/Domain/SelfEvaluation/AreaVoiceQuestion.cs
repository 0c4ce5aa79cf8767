using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// An LA's own wording of what one audience is asked about one area of a framework: the heading the area goes by
/// and the question, used instead of voices/questions.yaml for its settings' new respondents. No row means Ascent's
/// wording; going back to it deletes the row.
public sealed class AreaVoiceQuestion : ISharedWithSettings
{
    public const int HeadingMaxLength = 100;

    public const int QuestionMaxLength = 300;

    private AreaVoiceQuestion()
    {
        FrameworkCode = "";
        AreaCode = "";
        Heading = "";
        Question = "";
        UpdatedBy = "";
    }

    public AreaVoiceQuestion(int tenantId, string frameworkCode, string areaCode, VoiceAudience audience, VoiceWording wording, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(frameworkCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(areaCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        TenantId = tenantId;
        FrameworkCode = frameworkCode;
        AreaCode = areaCode;
        Audience = audience;
        (Heading, Question) = Checked(wording);
        (UpdatedBy, UpdatedAt) = (by, at);
        // From 1, so a form opened when there was no row (version 0) cannot overwrite one made meanwhile.
        Version = 1;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public string FrameworkCode { get; private set; }

    public string AreaCode { get; private set; }

    public VoiceAudience Audience { get; private set; }

    public string Heading { get; private set; }

    public string Question { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public VoiceWording Wording => new(Heading, Question);

    public void Edit(VoiceWording wording, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        (Heading, Question) = Checked(wording);
        (UpdatedBy, UpdatedAt) = (by, at);
        Version++;
    }

    private static (string Heading, string Question) Checked(VoiceWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return VoiceWording.Problem(wording.Heading, wording.Question) is { } problem
            ? throw new ArgumentException(problem, nameof(wording))
            : (VoiceWording.Clean(wording.Heading), VoiceWording.Clean(wording.Question));
    }
}

/// What a parent or a member of staff reads for one area: a heading in their words and the question they answer.
public sealed record VoiceWording(string Heading, string Question)
{
    /// One line each, spaces run together: a heading or a question is read on a phone, not laid out.
    public static string Clean(string text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// Why a heading and question cannot be used, or null when they can; the words are the form's and the loader's.
    public static string? Problem(string? heading, string? question) => HeadingProblem(heading) ?? QuestionProblem(question);

    public static string? HeadingProblem(string? heading) =>
        string.IsNullOrWhiteSpace(heading) ? "Enter a heading"
        : Clean(heading).Length > AreaVoiceQuestion.HeadingMaxLength ? $"The heading must be {AreaVoiceQuestion.HeadingMaxLength:N0} characters or fewer"
        : null;

    public static string? QuestionProblem(string? question) =>
        string.IsNullOrWhiteSpace(question) ? "Enter the question"
        : Clean(question).Length > AreaVoiceQuestion.QuestionMaxLength ? $"The question must be {AreaVoiceQuestion.QuestionMaxLength:N0} characters or fewer"
        : null;
}
