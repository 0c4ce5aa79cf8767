using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.Partnerships.Bulletins;

/// The LA writes a bulletin, or changes a draft: its title, summary, body and audience. Saving keeps it a draft; its
/// page then shows whom it reaches, and sends it.
public sealed class WriteModel(BulletinService bulletins, BulletinAudiences audiences) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Audience { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public int? Id { get; private set; }

    public IReadOnlyList<AudienceChoice> Choices { get; private set; } = [];

    public IEnumerable<SelectListItem> AudienceItems => Choices.Select(c => new SelectListItem(c.Label, c.Key, c.Key == Audience));

    public async Task<IActionResult> OnGetAsync(int? id, string? audience, CancellationToken cancellationToken)
    {
        Id = id;
        Choices = await audiences.ChoicesAsync(cancellationToken);
        if (id is null)
        {
            // A partnership's page links here with its own audience chosen; anything not on the list falls back to all.
            Audience = Choices.Any(c => c.Key == audience) ? audience : "all";
            return Page();
        }

        if (await bulletins.FindAsync(id.Value, cancellationToken) is not { } bulletin)
            return NotFound();
        if (bulletin.IsSent)
            return Redirect($"/bulletins/{bulletin.Id}");
        (Title, Summary, Body, Audience, Version) = (bulletin.Title, bulletin.Summary, bulletin.Body, BulletinAudiences.KeyOf(bulletin), bulletin.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Choices = await audiences.ChoicesAsync(cancellationToken);
        if (id is { } existing && await bulletins.FindAsync(existing, cancellationToken) is null)
            return NotFound();
        Check(nameof(Title), Title, "Enter a title for the bulletin", "The title", Bulletin.TitleMaxLength);
        Check(nameof(Summary), Summary, "Enter a short summary: it opens the e-mail and the archive", "The summary", Bulletin.SummaryMaxLength);
        Check(nameof(Body), Body, "Enter the bulletin's text", "The text", Bulletin.BodyMaxLength);
        var choice = Choices.FirstOrDefault(c => c.Key == Audience);
        if (choice is null)
            ModelState.AddModelError(nameof(Audience), "Select who the bulletin is for from the list");
        if (!ModelState.IsValid)
            return Page();
        var (bulletin, refused) = await bulletins.SaveAsync(id, Version, new BulletinText(Title!, Summary!, Body!), choice!.Target, cancellationToken);
        if (bulletin is null)
            return NotFound();
        if (refused is not null)
        {
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        TempData["Message"] = "The bulletin is saved as a draft. Check whom it reaches, then send it";
        return Redirect($"/bulletins/{bulletin.Id}");
    }

    private void Check(string field, string? value, string missing, string what, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            ModelState.AddModelError(field, missing);
        else if (value.Trim().Length > max)
            ModelState.AddModelError(field, $"{what} must be {max:#,0} characters or fewer");
    }
}
