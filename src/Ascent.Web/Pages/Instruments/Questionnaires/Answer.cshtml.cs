using Ascent.Web.Domain.Calendar;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// A parent or member of staff answers a setting's questionnaire through the round's link, without an account and
/// without giving a name: one response per form sent. The link is the only authority here (QuestionnaireLinks), so
/// its form posts are rate-limited like the voices' answer page.
[EnableRateLimiting(RateLimits.Authentication)]
public sealed class AnswerModel(QuestionnaireLinks links, QuestionnaireRounds rounds, TimeProvider time) : PageModel
{
    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public QuestionnaireLink Link { get; private set; } = null!;

    public bool IsOpen => Link.Round.IsOpenOn(time.Today());

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } link)
            return NotFound();
        Link = link;
        Input = new ResponseInput { Instrument = link.Instrument };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await links.FindAsync(token, cancellationToken) is not { } link)
            return NotFound();
        Link = link;
        Input.Instrument = link.Instrument;
        if (!IsOpen)
            return Page();
        var response = Input.Check(ModelState, nameof(Input));
        if (response is null)
            return Page();
        var saved = await rounds.AnswerAsync(async ct => (await links.FindAsync(token, ct))?.Round, response, QuestionnaireRounds.Online, cancellationToken);
        if (!saved)
        {
            // Closed while the form was being filled in: say so rather than pretend it was kept.
            Link = await links.FindAsync(token, cancellationToken) ?? link;
            return Page();
        }

        return Redirect("/q/thanks");
    }
}
