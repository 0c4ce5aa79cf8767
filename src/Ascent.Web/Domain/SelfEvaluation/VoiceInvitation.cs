using System.Security.Cryptography;
using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.SelfEvaluation;

/// A link a setting gives a parent or a member of staff to answer its reflective questions, once, without an
/// account. It belongs to the draft self-evaluation it was made for: finishing that draft ends the link. Only a
/// hash of its token is stored; the link carries the token.
public sealed class VoiceInvitation : ISettingOwned
{
    public const int LabelMaxLength = 200;

    private VoiceInvitation()
    {
        TokenHash = "";
        CreatedBy = "";
    }

    private VoiceInvitation(Evaluation evaluation, VoiceAudience audience, string? label, string tokenHash, string by, DateTimeOffset at)
    {
        TenantId = evaluation.TenantId;
        SettingId = evaluation.SettingId;
        Evaluation = evaluation;
        EvaluationId = evaluation.Id;
        Audience = audience;
        Label = FreeText.Trimmed(label);
        TokenHash = tokenHash;
        CreatedBy = by;
        CreatedAt = at;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int EvaluationId { get; private set; }

    public Evaluation? Evaluation { get; private set; }

    public VoiceAudience Audience { get; private set; }

    /// The setting's own note of whom it asked ("Parent of Ava, Rainbow room"); never shown to the person answering.
    public string? Label { get; private set; }

    public string TokenHash { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public int Version { get; private set; }

    public static (VoiceInvitation Invitation, string Token) Create(Evaluation evaluation, VoiceAudience audience, string? label, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (evaluation.IsFinished)
            throw new InvalidOperationException("Ask for voices on the self-evaluation in progress, not a finished one.");
        var token = SecretToken.New();
        return (new VoiceInvitation(evaluation, audience, label, HashToken(token), by, at), token);
    }

    /// A link printed on a sheet for someone to scan or type: its code is short (see PrintedCode).
    public static (VoiceInvitation Invitation, string Code) CreatePrinted(Evaluation evaluation, VoiceAudience audience, string? label, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (evaluation.IsFinished)
            throw new InvalidOperationException("Ask for voices on the self-evaluation in progress, not a finished one.");
        var code = PrintedCode.New();
        return (new VoiceInvitation(evaluation, audience, label, HashToken(code), by, at), code);
    }

    /// The hash a link's token or printed code is stored as; a printed code is read however it was typed.
    public static string HashToken(string token) =>
        SecretToken.Hash(PrintedCode.TryNormalise(token, out var code) ? code : token);

    /// Where the link stands; the self-evaluation's being finished is passed in because it is not this row's.
    public VoiceState StateFor(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return AnsweredAt is not null ? VoiceState.Answered
            : ClosedAt is not null ? VoiceState.Closed
            : evaluation.IsFinished ? VoiceState.Expired
            : VoiceState.Waiting;
    }

    public void Close(Evaluation evaluation, string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (StateFor(evaluation) != VoiceState.Waiting)
            throw new InvalidOperationException($"This link is {StateFor(evaluation).ToString().ToLowerInvariant()}.");
        ClosedAt = at;
        ClosedBy = by;
        Version++;
    }

    /// The one answer this link allows. Answers are by area code; blank ones are left out, and at least one is needed.
    /// `questions` (by area code) are the words the person was asked, kept with their answers because an LA can
    /// change them later.
    public VoiceResponse Answer(Evaluation evaluation, IReadOnlyDictionary<string, string?> answers, string? overall, DateTimeOffset at, IReadOnlyDictionary<string, string>? questions = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (StateFor(evaluation) != VoiceState.Waiting)
            throw new InvalidOperationException($"This link is {StateFor(evaluation).ToString().ToLowerInvariant()}.");
        var unknown = answers.Keys.FirstOrDefault(code => evaluation.Areas.All(a => a.AreaCode != code));
        if (unknown is not null)
            throw new ArgumentException($"No area '{unknown}' in this self-evaluation.", nameof(answers));
        var response = new VoiceResponse(this, overall, at);
        foreach (var area in evaluation.Areas.OrderBy(a => a.Id))
        {
            if (answers.TryGetValue(area.AreaCode, out var text) && FreeText.Trimmed(text) is { } trimmed)
                response.Answers.Add(new VoiceAnswer(response, area.AreaCode, trimmed, questions?.GetValueOrDefault(area.AreaCode)));
        }

        if (response.Answers.Count == 0 && response.Overall is null)
            throw new ArgumentException("An answer needs at least one question answered.", nameof(answers));
        AnsweredAt = at;
        Version++;
        return response;
    }
}

public enum VoiceAudience
{
    Parent = 1,
    Staff = 2,
}

public enum VoiceState
{
    Waiting,
    Answered,
    Closed,

    /// The self-evaluation it was for is finished.
    Expired,
}
