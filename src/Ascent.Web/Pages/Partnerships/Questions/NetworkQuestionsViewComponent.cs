using Ascent.Web.Services.Partnerships;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Partnerships.Questions;

/// A partnership's open questions, for its meeting page: one line there,
/// `@await Component.InvokeAsync(typeof(NetworkQuestionsViewComponent), new { partnershipId })`.
public sealed class NetworkQuestionsViewComponent(NetworkQuestions questions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int partnershipId) =>
        View("/Pages/Partnerships/Questions/_NetworkQuestions.cshtml", await questions.OpenAsync(partnershipId, HttpContext.RequestAborted));
}
