namespace Ascent.Web.Domain.Partnerships;

/// Who wrote a question or an answer: a named person (never anonymous), of a member setting or of the LA.
public sealed record NetworkAuthor(Guid UserId, string Name, int? SettingId, string From);

/// A question raised in a partnership between its meetings (docs/adr/0013): asked by a named person of a member
/// setting or the LA, answered by the lead, the LA or another member, and brought to the next meeting's agenda. The
/// lead or the LA may hide a question or an answer, with a reason. Seen by the LA and by the partnership's member
/// settings (AppDbContext.Filters, as partnerships are).
public sealed class NetworkQuestion
{
    public const int TextMaxLength = 2000;
    public const int ReasonMaxLength = 500;
    public const int NameMaxLength = 200;
    public const int FromMaxLength = 300;

    private readonly List<NetworkAnswer> answers = [];

    private NetworkQuestion()
    {
        Text = "";
        AskedBy = "";
        AskedFrom = "";
    }

    public NetworkQuestion(int tenantId, int partnershipId, NetworkAuthor author, string text, DateTimeOffset askedAt)
        : this()
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(author.Name);
        FreeText.Within(text.Trim(), TextMaxLength);
        TenantId = tenantId;
        PartnershipId = partnershipId;
        AskedByUserId = author.UserId;
        AskedBy = Cut(author.Name, NameMaxLength);
        AskedBySettingId = author.SettingId;
        AskedFrom = Cut(author.From, FromMaxLength);
        Text = text.Trim();
        AskedAt = askedAt;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int PartnershipId { get; private set; }

    public Guid AskedByUserId { get; private set; }

    public string AskedBy { get; private set; }

    /// The member setting the person asked for, or null for the LA's staff.
    public int? AskedBySettingId { get; private set; }

    /// The setting's or the LA's name.
    public string AskedFrom { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    public Moderation? Hidden { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<NetworkAnswer> Answers => answers;

    /// Answered once it has an answer nobody hid.
    public bool IsAnswered => answers.Any(a => a.Hidden is null);

    public bool IsOpen => Hidden is null && !IsAnswered;

    public NetworkAnswer Answer(NetworkAuthor author, string text, DateTimeOffset at)
    {
        if (Hidden is not null)
            throw new InvalidOperationException("This question was hidden and takes no answers.");
        var answer = new NetworkAnswer(this, author, text, at);
        answers.Add(answer);
        Version++;
        return answer;
    }

    /// Hides the question (and so its answers) from the partnership, keeping it with the reason.
    public void Hide(string by, string reason, DateTimeOffset at)
    {
        if (Hidden is not null)
            throw new InvalidOperationException("This question is already hidden.");
        Hidden = Moderation.Of(by, reason, at);
        Version++;
    }

    public void HideAnswer(int answerId, string by, string reason, DateTimeOffset at)
    {
        var answer = answers.FirstOrDefault(a => a.Id == answerId) ?? throw new InvalidOperationException("That answer is not one of this question's.");
        if (answer.Hidden is not null)
            throw new InvalidOperationException("This answer is already hidden.");
        answer.Hide(Moderation.Of(by, reason, at));
        Version++;
    }

    internal static string Cut(string text, int max) => text.Trim().Length <= max ? text.Trim() : text.Trim()[..max];
}

/// An answer to a network question, by a named person.
public sealed class NetworkAnswer
{
    private NetworkAnswer()
    {
        Text = "";
        By = "";
        From = "";
    }

    internal NetworkAnswer(NetworkQuestion question, NetworkAuthor author, string text, DateTimeOffset at)
        : this()
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(author.Name);
        FreeText.Within(text.Trim(), NetworkQuestion.TextMaxLength);
        Question = question;
        TenantId = question.TenantId;
        PartnershipId = question.PartnershipId;
        ByUserId = author.UserId;
        By = NetworkQuestion.Cut(author.Name, NetworkQuestion.NameMaxLength);
        BySettingId = author.SettingId;
        From = NetworkQuestion.Cut(author.From, NetworkQuestion.FromMaxLength);
        Text = text.Trim();
        At = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    /// The question's partnership, kept here so the tenancy filter reads it without the question.
    public int PartnershipId { get; private set; }

    public int QuestionId { get; private set; }

    public NetworkQuestion Question { get; private set; } = null!;

    public Guid ByUserId { get; private set; }

    public string By { get; private set; }

    public int? BySettingId { get; private set; }

    public string From { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Moderation? Hidden { get; private set; }

    internal void Hide(Moderation moderation) => Hidden = moderation;
}

/// Who hid a question or an answer, why and when.
public sealed record Moderation(string By, string Reason, DateTimeOffset At)
{
    internal static Moderation Of(string by, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        FreeText.Within(reason.Trim(), NetworkQuestion.ReasonMaxLength);
        return new(NetworkQuestion.Cut(by, NetworkQuestion.NameMaxLength), reason.Trim(), at);
    }
}
