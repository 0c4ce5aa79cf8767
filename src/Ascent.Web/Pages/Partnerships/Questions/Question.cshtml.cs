using System.Globalization;
using Ascent.Web.Data;
using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Partnerships.Questions;

/// One question to the network: its answers, a form to answer it (a member setting's owner or manager, or the LA),
/// and for the lead and the LA, forms to hide the question or one of its answers, with the reason.
public sealed class QuestionModel(AppDbContext db, NetworkQuestions questions, IAuthorizationService authorization) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;

    public NetworkQuestion Question { get; private set; } = null!;

    public QuestionRights Rights { get; private set; } = new(false, false);

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int? AnswerId { get; set; }

    [BindProperty]
    public string? AnswerReason { get; set; }

    public IEnumerable<SelectListItem> AnswerItems =>
        [new SelectListItem("Choose an answer", ""), .. Question.Answers.Where(a => a.Hidden is null).OrderBy(a => a.At)
            .Select(a => new SelectListItem($"{a.By}, {Format.DateTime(a.At)}", a.Id.ToString(CultureInfo.InvariantCulture), a.Id == AnswerId))];

    public async Task<IActionResult> OnGetAsync(int id, int questionId, CancellationToken cancellationToken) =>
        await LoadAsync(id, questionId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, questionId, cancellationToken))
            return NotFound();
        if (!Rights.MayTakePart)
            return Forbid();
        CheckText(nameof(Answer), Answer, "Enter your answer", "The answer", NetworkQuestion.TextMaxLength);
        var author = await questions.AuthorAsync(cancellationToken);
        return await ChangeAsync(id, questionId, (q, at) => q.Answer(author, Answer!, at), "Your answer is added", cancellationToken);
    }

    public async Task<IActionResult> OnPostHideAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, questionId, cancellationToken))
            return NotFound();
        if (!Rights.MayModerate)
            return Forbid();
        CheckText(nameof(Reason), Reason, "Enter why the question is hidden", "The reason", NetworkQuestion.ReasonMaxLength);
        var by = db.CurrentUser.DisplayName;
        return await ChangeAsync(id, questionId, (q, at) => q.Hide(by, Reason!, at), "The question is hidden", cancellationToken);
    }

    public async Task<IActionResult> OnPostHideAnswerAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, questionId, cancellationToken))
            return NotFound();
        if (!Rights.MayModerate)
            return Forbid();
        if (AnswerId is null || Question.Answers.All(a => a.Id != AnswerId || a.Hidden is not null))
            ModelState.AddModelError(nameof(AnswerId), "Choose the answer to hide from the list");
        CheckText(nameof(AnswerReason), AnswerReason, "Enter why the answer is hidden", "The reason", NetworkQuestion.ReasonMaxLength);
        var by = db.CurrentUser.DisplayName;
        return await ChangeAsync(id, questionId, (q, at) => q.HideAnswer(AnswerId!.Value, by, AnswerReason!, at), "The answer is hidden", cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync(int id, int questionId, Action<NetworkQuestion, DateTimeOffset> change, string done, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Page();
        if (await questions.ChangeAsync(id, questionId, Version, change, cancellationToken) is { } refused)
        {
            await LoadAsync(id, questionId, cancellationToken);
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        TempData["Message"] = done;
        return Redirect($"/partnerships/{id}/questions/{questionId}");
    }

    private void CheckText(string field, string? value, string missing, string what, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            ModelState.AddModelError(field, missing);
        else if (value.Trim().Length > max)
            ModelState.AddModelError(field, $"{what} must be {max:#,0} characters or fewer");
    }

    private async Task<bool> LoadAsync(int id, int questionId, CancellationToken cancellationToken)
    {
        if (await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } partnership)
            return false;
        var question = (await questions.ListAsync(id, cancellationToken)).FirstOrDefault(q => q.Id == questionId);
        if (question is null)
            return false;
        (Partnership, Question) = (partnership, question);
        Rights = await questions.RightsAsync(partnership, (await authorization.AuthorizeAsync(User, PartnershipsAccess.RunPartnerships)).Succeeded, cancellationToken);
        // The version the forms carry is the one read now, unless a post brought its own (checked on saving).
        if (!Request.HasFormContentType)
            Version = question.Version;
        return true;
    }
}
