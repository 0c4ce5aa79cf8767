using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Voices;

/// A parent or member of staff answers a setting's reflective questions through their own link, without an account.
/// The link's token is the only authority here, so its form posts are rate-limited like a password's.
[EnableRateLimiting(RateLimits.Authentication)]
/// It answers at /voices/{token} (e-mailed and one-off links) and at /v/{code} (printed sheets; SelfEvaluationAccess).
public sealed class AnswerModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, VoiceQuestionDefaults questions) : PageModel
{
    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    [BindProperty]
    public string? Overall { get; set; }

    public string SettingName { get; private set; } = "";

    public string LocalAuthorityName { get; private set; } = "";

    public VoiceAudience Audience { get; private set; }

    /// The areas asked about, each with its heading and question for this person's audience.
    public IReadOnlyList<(FrameworkArea Area, VoiceWording Wording)> Areas { get; private set; } = [];

    public VoiceState State { get; private set; }

    /// Why the link cannot be answered, or null when it can.
    public string? Problem => State switch
    {
        VoiceState.Answered => "This link has already been used",
        VoiceState.Closed => "This link has been closed",
        VoiceState.Expired => "This link has expired",
        _ => null,
    };

    private VoiceInvitation Invitation { get; set; } = null!;

    private Evaluation Evaluation { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (!await FindAsync(token, cancellationToken))
            return NotFound();
        Answers = [.. Areas.Select(_ => (string?)null)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (!await FindAsync(token, cancellationToken))
            return NotFound();
        if (Problem is not null)
            return Page();
        Answers = [.. Areas.Select((_, i) => i < Answers.Count ? Answers[i] : null)];
        for (var i = 0; i < Areas.Count; i++)
        {
            if (Answers[i]?.Trim().Length > VoiceQuestions.MaxAnswerLength)
                ModelState.AddModelError($"{nameof(Answers)}[{i}]", $"Your answer under ‘{Areas[i].Wording.Heading}’ must be {VoiceQuestions.MaxAnswerLength:N0} characters or fewer");
        }

        if (Overall?.Trim().Length > VoiceQuestions.MaxAnswerLength)
            ModelState.AddModelError(nameof(Overall), $"Your answer must be {VoiceQuestions.MaxAnswerLength:N0} characters or fewer");
        if (ModelState.IsValid && Answers.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(Overall))
            ModelState.AddModelError($"{nameof(Answers)}[0]", "Answer at least one question");
        if (!ModelState.IsValid)
            return Page();

        var answers = Areas.Select((area, i) => (area.Area.Code, Answers[i])).ToDictionary(a => a.Code, a => a.Item2);
        var asked = Areas.ToDictionary(a => a.Area.Code, a => a.Wording.Question);
        db.VoiceResponses.Add(Invitation.Answer(Evaluation, answers, Overall, time.GetUtcNow(), asked));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the link's version and the one-response index let only one in.
            State = VoiceState.Answered;
            return Page();
        }

        return Redirect("/voices/thanks");
    }

    // Whoever answers is not signed in, so the query filters would find nothing: the secret token is the authority
    // here, and everything else is read by the ids on the row it finds.
    private async Task<bool> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = VoiceInvitation.HashToken(token ?? "");
        var invitation = await db.VoiceInvitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
            return false;
        var evaluation = await db.SelfEvaluations.IgnoreQueryFilters().Include(e => e.Areas)
            .FirstAsync(e => e.Id == invitation.EvaluationId && e.TenantId == invitation.TenantId && e.SettingId == invitation.SettingId, cancellationToken);
        SettingName = await db.Settings.IgnoreQueryFilters()
            .Where(s => s.Id == invitation.SettingId && s.TenantId == invitation.TenantId).Select(s => s.Name).FirstAsync(cancellationToken);
        LocalAuthorityName = await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == invitation.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        Invitation = invitation;
        Evaluation = evaluation;
        Audience = invitation.Audience;
        var framework = frameworks.Get(evaluation.FrameworkCode);
        var areas = Domain.SelfEvaluation.Evaluation.AreasOf(framework).Where(a => evaluation.Areas.Any(e => e.AreaCode == a.Code));
        Areas = await VoiceQuestionReader.ForLinkAsync(db, questions, invitation, framework, areas, cancellationToken);
        State = invitation.StateFor(evaluation);
        return true;
    }
}
