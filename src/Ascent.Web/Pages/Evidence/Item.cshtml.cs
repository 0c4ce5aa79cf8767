using Ascent.Web.Data;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Evidence;

/// Adding a piece of evidence (a title, what it shows, when it was gathered, a link or a file), or changing one.
/// Opened from an area or a goal, the new evidence is used there straight away.
[RequestSizeLimit(Uploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
public sealed class ItemModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks) : EvidencePage(db, time)
{
    [BindProperty(SupportsGet = true)]
    public int? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Goal { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    [BindProperty]
    public DateInput GatheredOn { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public EvidenceItem? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? evidenceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, evidenceId, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Redirect(evidenceId is null ? $"/settings/{id}/evidence" : $"/evidence/{evidenceId}");
        if (Item is { } item)
        {
            Title = item.Title;
            Description = item.Description;
            Link = item.Link;
            GatheredOn = DateInput.From(item.GatheredOn);
            Version = item.Version;
        }
        else
        {
            GatheredOn = DateInput.From(Today);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? evidenceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, evidenceId, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        var gathered = Validate();
        CheckedUpload? file = null;
        if (Upload is not null)
        {
            (file, var problem) = await Uploads.CheckAsync(Upload, EvidenceItem.MaxFileBytes, cancellationToken);
            if (problem is not null)
                ModelState.AddModelError(nameof(Upload), problem);
        }

        if (!ModelState.IsValid)
            return Page();

        var item = Item ?? new EvidenceItem(Setting.TenantId, Setting.Id, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        item.Describe(Title!, Description, Link, gathered);
        if (file is not null)
            item.Attach(file.FileName, file.ContentType, await file.ReadAsync(cancellationToken));

        if (Item is null)
        {
            Db.EvidenceItems.Add(item);
            if (ForArea is not null)
                Db.EvidenceUses.Add(EvidenceUse.ForArea(item, ForArea));
            else if (ForGoal is not null)
                Db.EvidenceUses.Add(EvidenceUse.ForGoal(item, ForGoal));
        }
        else
        {
            Db.Entry(item).Property(e => e.Version).OriginalValue = Version;
        }

        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await LoadAsync(id, evidenceId, cancellationToken);
            Version = Item?.Version ?? 0;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(nameof(Title), "Someone else changed this evidence while you had it open. Your changes are below: check them and save again (choose the file again if you were adding one).");
            return Page();
        }

        TempData["Message"] = Item is not null ? "Evidence saved" : ForName is null ? "Evidence added" : $"Evidence added for {ForName}";
        return Redirect(Item is null && ForHref is not null ? ForHref : $"/evidence/{item.Id}");
    }

    private DateOnly Validate()
    {
        if (string.IsNullOrWhiteSpace(Title))
            ModelState.AddModelError(nameof(Title), "Enter a title for the evidence");
        else if (Title.Trim().Length > EvidenceItem.TitleMaxLength)
            ModelState.AddModelError(nameof(Title), $"The title must be {EvidenceItem.TitleMaxLength} characters or fewer");
        if (Description?.Trim().Length > EvidenceItem.DescriptionMaxLength)
            ModelState.AddModelError(nameof(Description), $"What it shows must be {EvidenceItem.DescriptionMaxLength:N0} characters or fewer");
        if (FreeTextLink is { } link && (link.Length > EvidenceItem.LinkMaxLength || !EvidenceItem.IsWebAddress(link)))
            ModelState.AddModelError(nameof(Link), "Enter a web address starting https://, like https://example.org/policy");
        var date = default(DateOnly);
        if (GatheredOn.IsEmpty)
            ModelState.AddModelError(nameof(GatheredOn), "Enter when the evidence was gathered");
        else if (!GatheredOn.TryGetDate(out date))
            ModelState.AddModelError(nameof(GatheredOn), "When the evidence was gathered must be a real date");
        else if (date > Today)
            ModelState.AddModelError(nameof(GatheredOn), "When the evidence was gathered must be today or in the past");
        return date;
    }

    private string? FreeTextLink => Domain.FreeText.Trimmed(Link);

    private async Task<bool> LoadAsync(int id, int? evidenceId, CancellationToken cancellationToken)
    {
        if (!await LoadSettingAsync(id, cancellationToken))
            return false;
        if (evidenceId is not null)
        {
            Item = await Db.EvidenceItems.FirstOrDefaultAsync(e => e.Id == evidenceId && e.SettingId == id, cancellationToken);
            return Item is not null;
        }

        return await LoadTargetAsync(Area, Goal, frameworks, cancellationToken);
    }
}
