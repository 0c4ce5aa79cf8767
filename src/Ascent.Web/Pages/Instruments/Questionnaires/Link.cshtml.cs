using Ascent.Web.Data;
using Ascent.Web.Services.Instruments;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Questionnaires;

/// The round's link and QR code, shown once when they are made (only the link's hash is kept), with a poster to
/// print. A lost link is replaced by a new one; the old one then stops working.
public sealed class LinkModel(AppDbContext db, TimeProvider time, QuestionnaireRounds rounds, InstrumentDefinitions definitions) : QuestionnairePage(db, time)
{
    public string? LinkUrl { get; private set; }

    public string? QrCode { get; private set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        Name = (await definitions.VersionAsync(Round.Audit.InstrumentCode, Round.Audit.InstrumentVersion, cancellationToken))?.Name ?? "Questionnaire";
        Show(TempData["QuestionnaireLink"] as string);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanRun)
            return Forbid();
        if (!IsOpen)
            return Redirect($"/questionnaires/{id}");
        TempData["QuestionnaireLink"] = await rounds.NewLinkAsync(Round, cancellationToken);
        TempData["Message"] = "New link made: the old one no longer works";
        return Redirect($"/questionnaires/{id}/link");
    }

    private void Show(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return;
        LinkUrl = rounds.LinkUrl(token);
        QrCode = VoiceLinks.QrCodeDataUri(LinkUrl);
    }
}
