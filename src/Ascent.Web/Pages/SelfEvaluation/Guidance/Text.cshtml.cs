using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Guidance;

/// The LA's wording of the guidance for one area, or a way back to Ascent's. Version 0 in the form means there was
/// no LA wording when the page was opened, so a wording someone else saved meanwhile is never overwritten unseen.
[Authorize(Policy = Policies.SelfEvaluationGuidance)]
public sealed class TextModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : PageModel
{
    private const string Stale = "Someone else changed this guidance while you had it open. Your wording is below: check it and save again.";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Framework Framework { get; private set; } = null!;

    public FrameworkArea Area { get; private set; } = null!;

    public bool IsOwn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string framework, string area, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, cancellationToken) is not { } tenantId)
            return NotFound();
        var own = await FindAsync(tenantId, cancellationToken);
        (Text, Version) = (own?.Text ?? Area.Guidance, own?.Version ?? 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string framework, string area, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, cancellationToken) is not { } tenantId)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Text))
            ModelState.AddModelError(nameof(Text), "Enter the guidance, or use Ascent’s wording");
        else if (Text.Trim().Length > AreaGuidance.TextMaxLength)
            ModelState.AddModelError(nameof(Text), $"Guidance must be {AreaGuidance.TextMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var own = await FindAsync(tenantId, cancellationToken);
        if (own is null && Version != 0)
            return await StaleAsync(tenantId, cancellationToken);
        if (own is null)
        {
            db.AreaGuidance.Add(new AreaGuidance(tenantId, Framework.Code, Area.Code, Text!, db.CurrentUser.DisplayName, time.GetUtcNow()));
        }
        else
        {
            db.Entry(own).Property(g => g.Version).OriginalValue = Version;
            own.Edit(Text!, db.CurrentUser.DisplayName, time.GetUtcNow());
        }

        return await SaveAsync(tenantId, $"Guidance for {Area.Name} saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string framework, string area, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, cancellationToken) is not { } tenantId)
            return NotFound();
        var own = await FindAsync(tenantId, cancellationToken);
        if (own is null)
            return Version == 0 ? Saved($"Guidance for {Area.Name} is Ascent’s wording") : await StaleAsync(tenantId, cancellationToken);
        db.Entry(own).Property(g => g.Version).OriginalValue = Version;
        db.AreaGuidance.Remove(own);
        return await SaveAsync(tenantId, $"Guidance for {Area.Name} is Ascent’s wording again", cancellationToken);
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
        return Redirect("/self-evaluation/guidance");
    }

    private async Task<IActionResult> StaleAsync(int tenantId, CancellationToken cancellationToken)
    {
        var own = await FindAsync(tenantId, cancellationToken);
        IsOwn = own is not null;
        Version = own?.Version ?? 0;
        // The hidden field would otherwise show the posted (stale) version again and refuse the next save too.
        ModelState.Remove(nameof(Version));
        ModelState.AddModelError(nameof(Text), Stale);
        return Page();
    }

    /// The signed-in person's LA, when the framework has this gradable area; null for "not found".
    private async Task<int?> LoadAsync(string framework, string area, CancellationToken cancellationToken)
    {
        if (db.CurrentUser.TenantId is not { } tenantId || !frameworks.TryGet(framework, out var found)
            || Evaluation.AreasOf(found).FirstOrDefault(a => a.Code == area) is not { } foundArea)
            return null;
        (Framework, Area) = (found, foundArea);
        IsOwn = await FindAsync(tenantId, cancellationToken) is not null;
        return tenantId;
    }

    private Task<AreaGuidance?> FindAsync(int tenantId, CancellationToken cancellationToken) =>
        db.AreaGuidance.FirstOrDefaultAsync(g => g.TenantId == tenantId && g.FrameworkCode == Framework.Code && g.AreaCode == Area.Code, cancellationToken);
}
