using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.SelfEvaluation.Guidance;

/// The LA's wording of the guidance for one area, or a way back to Ascent's (OwnWordingPage keeps a colleague's save
/// from being overwritten unseen).
[Authorize(Policy = Policies.SelfEvaluationGuidance)]
public sealed class TextModel(AppDbContext database, TimeProvider time, FrameworkRegistry frameworks) : OwnWordingPage<AreaGuidance>(database, frameworks)
{
    [BindProperty]
    public string? Text { get; set; }

    protected override string ListPath => "/self-evaluation/guidance";

    protected override (string Field, string Message) Stale =>
        (nameof(Text), "Someone else changed this guidance while you had it open. Your wording is below: check it and save again.");

    public async Task<IActionResult> OnGetAsync(string framework, string area, CancellationToken cancellationToken)
    {
        if (await LoadAsync(framework, area, cancellationToken) is null)
            return NotFound();
        (Text, Version) = (Own?.Text ?? Area.Guidance, Own?.Version ?? 0);
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
        if (IsStale)
            return await StaleAsync(tenantId, cancellationToken);

        if (Own is null)
        {
            Db.AreaGuidance.Add(new AreaGuidance(tenantId, Framework.Code, Area.Code, Text!, Db.CurrentUser.DisplayName, time.GetUtcNow()));
        }
        else
        {
            ExpectOpenedVersion();
            Own.Edit(Text!, Db.CurrentUser.DisplayName, time.GetUtcNow());
        }

        return await SaveAsync(tenantId, $"Guidance for {Area.Name} saved", cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string framework, string area, CancellationToken cancellationToken) =>
        await LoadAsync(framework, area, cancellationToken) is { } tenantId
            ? await ResetAsync(tenantId, $"Guidance for {Area.Name} is Ascent’s wording again", $"Guidance for {Area.Name} is Ascent’s wording", cancellationToken)
            : NotFound();

    protected override Task<AreaGuidance?> FindAsync(int tenantId, CancellationToken cancellationToken) =>
        Db.AreaGuidance.FirstOrDefaultAsync(g => g.TenantId == tenantId && g.FrameworkCode == Framework.Code && g.AreaCode == Area.Code, cancellationToken);

    protected override int VersionOf(AreaGuidance own) => own.Version;
}
