using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Voices.Questions;

/// The LA's wording of what parents, or staff, are asked about one area, or a way back to Ascent's (OwnWordingPage
/// keeps a colleague's save from being overwritten unseen).
[Authorize(Policy = Policies.SelfEvaluationGuidance)]
public sealed class EditModel(AppDbContext database, TimeProvider time, FrameworkRegistry frameworks, VoiceQuestionDefaults defaults)
    : OwnWordingPage<AreaVoiceQuestion>(database, frameworks)
{
    [BindProperty]
    public string? Heading { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    public VoiceAudience Audience { get; private set; }

    public VoiceWording Ascents => defaults.For(Framework.Code, Area, Audience);

    public string Who => Audience == VoiceAudience.Parent ? "parents and carers" : "staff";

    protected override string ListPath => "/self-evaluation/voice-questions";

    protected override (string Field, string Message) Stale =>
        (nameof(Heading), "Someone else changed this question while you had it open. Your wording is below: check it and save again.");

    public async Task<IActionResult> OnGetAsync(string framework, string area, string audience, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, audience, cancellationToken) is null)
            return NotFound();
        var wording = Own?.Wording ?? Ascents;
        (Heading, Question, Version) = (wording.Heading, wording.Question, Own?.Version ?? 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string framework, string area, string audience, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, audience, cancellationToken) is not { } tenantId)
            return NotFound();
        if (VoiceWording.HeadingProblem(Heading) is { } headingProblem)
            ModelState.AddModelError(nameof(Heading), headingProblem);
        if (VoiceWording.QuestionProblem(Question) is { } questionProblem)
            ModelState.AddModelError(nameof(Question), questionProblem);
        if (!ModelState.IsValid)
            return Page();
        if (IsStale)
            return await StaleAsync(tenantId, cancellationToken);

        var wording = new VoiceWording(Heading!, Question!);
        if (Own is null)
        {
            Db.AreaVoiceQuestions.Add(new AreaVoiceQuestion(tenantId, Framework.Code, Area.Code, Audience, wording, Db.CurrentUser.DisplayName, time.GetUtcNow()));
        }
        else
        {
            ExpectOpenedVersion();
            Own.Edit(wording, Db.CurrentUser.DisplayName, time.GetUtcNow());
        }

        return await SaveAsync(tenantId, $"The question for {Who} about {Area.Name} saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string framework, string area, string audience, CancellationToken cancellationToken) =>
        await LoadAsync(framework, area, audience, cancellationToken) is { } tenantId
            ? await ResetAsync(tenantId, $"The question for {Who} about {Area.Name} is Ascent’s wording again",
                $"The question for {Who} about {Area.Name} is Ascent’s wording", cancellationToken)
            : NotFound();

    protected override Task<AreaVoiceQuestion?> FindAsync(int tenantId, CancellationToken cancellationToken) =>
        Db.AreaVoiceQuestions.FirstOrDefaultAsync(q => q.TenantId == tenantId && q.FrameworkCode == Framework.Code && q.AreaCode == Area.Code && q.Audience == Audience, cancellationToken);

    protected override int VersionOf(AreaVoiceQuestion own) => own.Version;

    /// The audience comes from the address ("parents" or "staff"); anything else is "not found".
    private async Task<int?> LoadAsync(string framework, string area, string audience, CancellationToken cancellationToken)
    {
        VoiceAudience? who = audience switch { "parents" => VoiceAudience.Parent, "staff" => VoiceAudience.Staff, _ => null };
        if (who is null)
            return null;
        Audience = who.Value;
        return await LoadAsync(framework, area, cancellationToken);
    }
}
