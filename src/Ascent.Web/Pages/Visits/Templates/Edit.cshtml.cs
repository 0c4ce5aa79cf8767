using Ascent.Web.Data;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Templates;

/// Edits the LA's note template for one visit purpose.
public sealed class EditModel(AppDbContext db, NoteWork work) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Agenda { get; set; }

    [BindProperty]
    public string? DiscussionPrompt { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public string Purpose { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string purpose, CancellationToken cancellationToken)
    {
        if (!VisitPurposes.IsKnown(purpose) || db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        Purpose = purpose;
        var template = await work.TemplateAsync(tenantId, purpose, cancellationToken);
        (Name, Agenda, DiscussionPrompt, Version) = (template.Name, template.Agenda, template.DiscussionPrompt, template.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string purpose, CancellationToken cancellationToken)
    {
        if (!VisitPurposes.IsKnown(purpose) || db.CurrentUser.TenantId is not { } tenantId)
            return NotFound();
        Purpose = purpose;
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter a name for the template");
        else if (Name.Length > NoteTemplate.NameMaxLength)
            ModelState.AddModelError(nameof(Name), $"Name must be {NoteTemplate.NameMaxLength:N0} characters or fewer");
        if (Agenda?.Length > NoteTemplate.AgendaMaxLength)
            ModelState.AddModelError(nameof(Agenda), $"Agenda must be {NoteTemplate.AgendaMaxLength:N0} characters or fewer");
        if (DiscussionPrompt?.Length > NoteTemplate.DiscussionPromptMaxLength)
            ModelState.AddModelError(nameof(DiscussionPrompt), $"Guidance must be {NoteTemplate.DiscussionPromptMaxLength:N0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();

        var template = await db.NoteTemplates.FirstOrDefaultAsync(t => t.Purpose == purpose, cancellationToken);
        if (template is null)
        {
            template = NoteTemplateDefaults.For(tenantId, purpose);
            db.NoteTemplates.Add(template);
        }
        else
        {
            db.Entry(template).Property(t => t.Version).OriginalValue = Version;
        }

        template.Edit(Name!, Agenda, DiscussionPrompt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(nameof(Name), "Someone else changed this template while you had it open. Open it again to see their version.");
            return Page();
        }

        TempData["Message"] = $"Template {template.Name} saved";
        return Redirect("/visits/templates");
    }
}
