using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Questions;

/// A partnership's questions to the network (docs/adr/0013): open ones first, then answered; a member setting's owner
/// or manager, or the LA's staff who run partnerships, ask one here. Only the partnership's member settings and the
/// LA find the page.
public sealed class IndexModel(AppDbContext db, NetworkQuestions questions, IAuthorizationService authorization) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;

    public IReadOnlyList<NetworkQuestion> Questions { get; private set; } = [];

    public QuestionRights Rights { get; private set; } = new(false, false);

    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!Rights.MayTakePart)
            return Forbid();
        if (string.IsNullOrWhiteSpace(Text))
            ModelState.AddModelError(nameof(Text), "Enter your question");
        else if (Text.Trim().Length > NetworkQuestion.TextMaxLength)
            ModelState.AddModelError(nameof(Text), $"The question must be {NetworkQuestion.TextMaxLength:#,0} characters or fewer");
        if (!ModelState.IsValid)
            return Page();
        await questions.AskAsync(Partnership, Text!, cancellationToken);
        TempData["Message"] = "Your question is on the list. It goes to the next meeting's agenda if nobody answers it first";
        return Redirect($"/partnerships/{id}/questions");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } partnership)
            return false;
        Partnership = partnership;
        Questions = await questions.ListAsync(id, cancellationToken);
        Rights = await questions.RightsAsync(partnership, (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded, cancellationToken);
        return true;
    }
}
