using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Voices.Questions;

/// The LA's wording of what parents, or staff, are asked about one area, or a way back to Ascent's. Version 0 in the
/// form means there was no LA wording when the page was opened, so a wording someone else saved meanwhile is never
/// overwritten unseen.
[Authorize(Policy = Policies.SelfEvaluationGuidance)]
public sealed class EditModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, VoiceQuestionDefaults defaults) : PageModel
{
    private const string Stale = "Someone else changed this question while you had it open. Your wording is below: check it and save again.";

    [BindProperty]
    public string? Heading { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Framework Framework { get; private set; } = null!;

    public FrameworkArea Area { get; private set; } = null!;

    public VoiceAudience Audience { get; private set; }

    public bool IsOwn { get; private set; }

    public VoiceWording Ascents => defaults.For(Framework.Code, Area, Audience);

    public string Who => Audience == VoiceAudience.Parent ? "parents and carers" : "staff";

    public async Task<IActionResult> OnGetAsync(string framework, string area, string audience, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, audience, cancellationToken) is not { } tenantId)
            return NotFound();
        var own = await FindAsync(tenantId, cancellationToken);
        var wording = own?.Wording ?? Ascents;
        (Heading, Question, Version) = (wording.Heading, wording.Question, own?.Version ?? 0);
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

        var own = await FindAsync(tenantId, cancellationToken);
        if (own is null && Version != 0)
            return await StaleAsync(tenantId, cancellationToken);
        var wording = new VoiceWording(Heading!, Question!);
        if (own is null)
        {
            db.AreaVoiceQuestions.Add(new AreaVoiceQuestion(tenantId, Framework.Code, Area.Code, Audience, wording, db.CurrentUser.DisplayName, time.GetUtcNow()));
        }
        else
        {
            db.Entry(own).Property(q => q.Version).OriginalValue = Version;
            own.Edit(wording, db.CurrentUser.DisplayName, time.GetUtcNow());
        }

        return await SaveAsync(tenantId, $"The question for {Who} about {Area.Name} saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string framework, string area, string audience, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, audience, cancellationToken) is not { } tenantId)
            return NotFound();
        var own = await FindAsync(tenantId, cancellationToken);
        if (own is null)
            return Version == 0 ? Saved($"The question for {Who} about {Area.Name} is Ascent’s wording") : await StaleAsync(tenantId, cancellationToken);
        db.Entry(own).Property(q => q.Version).OriginalValue = Version;
        db.AreaVoiceQuestions.Remove(own);
        return await SaveAsync(tenantId, $"The question for {Who} about {Area.Name} is Ascent’s wording again", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int tenantId, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale version, or a first wording saved by someone else at the same moment (the unique index).
            db.ChangeTracker.Clear();
            return await StaleAsync(tenantId, cancellationToken);
        }

        return Saved(message);
    }

    private RedirectResult Saved(string message)
    {
        TempData["Message"] = message;
        return Redirect("/self-evaluation/voice-questions");
    }

    private async Task<IActionResult> StaleAsync(int tenantId, CancellationToken cancellationToken)
    {
        var own = await FindAsync(tenantId, cancellationToken);
        IsOwn = own is not null;
        Version = own?.Version ?? 0;
        // The hidden field would otherwise show the posted (stale) version again and refuse the next save too.
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(nameof(Heading), Stale);
        return Page();
    }

    /// The signed-in person's LA, when the framework has this gradable area and the audience is known; null for "not found".
    private async Task<int?> LoadAsync(string framework, string area, string audience, CancellationToken cancellationToken)
    {
        VoiceAudience? who = audience switch { "parents" => VoiceAudience.Parent, "staff" => VoiceAudience.Staff, _ => null };
        if (db.CurrentUser.TenantId is not { } tenantId || who is null || !frameworks.TryGet(framework, out var found)
            || Evaluation.AreasOf(found).FirstOrDefault(a => a.Code == area) is not { } foundArea)
            return null;
        (Framework, Area, Audience) = (found, foundArea, who.Value);
        IsOwn = await FindAsync(tenantId, cancellationToken) is not null;
        return tenantId;
    }

    private Task<AreaVoiceQuestion?> FindAsync(int tenantId, CancellationToken cancellationToken) =>
        db.AreaVoiceQuestions.FirstOrDefaultAsync(q => q.TenantId == tenantId && q.FrameworkCode == Framework.Code && q.AreaCode == Area.Code && q.Audience == Audience, cancellationToken);
}
