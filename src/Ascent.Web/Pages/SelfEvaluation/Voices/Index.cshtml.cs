using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.SelfEvaluation;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.SelfEvaluation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Ascent.Web.Pages.SelfEvaluation.Voices;

/// The setting asks parents and staff for their views on the draft self-evaluation: a link each, answered once
/// without an account, shown to the setting once when made (only its hash is kept) and e-mailed if asked.
public sealed class IndexModel(AppDbContext db, TimeProvider time, FrameworkRegistry frameworks, VoiceLinks voiceLinks) : SelfEvaluationPage(db, time, frameworks)
{
    [BindProperty]
    public VoiceAudience? Audience { get; set; }

    [BindProperty]
    public string? Label { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public List<VoiceInvitation> Invitations { get; private set; } = [];

    public VoiceSummary Summary { get; private set; } = VoiceSummary.Empty;

    /// The new link, shown once after it is made: it cannot be shown again.
    public string? NewLink { get; private set; }

    public IReadOnlyList<SelectListItem> AudienceItems { get; } =
    [
        new("A parent or carer", nameof(VoiceAudience.Parent)),
        new("A member of staff", nameof(VoiceAudience.Staff)),
    ];

    public string StatusOf(VoiceInvitation invitation) => invitation.StateFor(Draft!) switch
    {
        VoiceState.Answered => $"Answered on {Format.Date(DateOnly.FromDateTime(invitation.AnsweredAt!.Value.UtcDateTime))}",
        VoiceState.Closed => "Closed",
        VoiceState.Expired => "Expired",
        _ => "Waiting",
    };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        await LoadInvitationsAsync(cancellationToken);
        NewLink = TempData["VoiceLink"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (Draft is null)
            return Redirect($"/settings/{id}/self-evaluation");
        if (Audience is null)
            ModelState.AddModelError(nameof(Audience), "Select whether you are asking a parent or a member of staff");
        if (Label?.Trim().Length > VoiceInvitation.LabelMaxLength)
            ModelState.AddModelError(nameof(Label), $"The note of whom you are asking must be {VoiceInvitation.LabelMaxLength:N0} characters or fewer");
        MailboxAddress? address = null;
        if (!string.IsNullOrWhiteSpace(Email) && (!MailboxAddress.TryParse(Email.Trim(), out address) || !address.Address.Contains('@', StringComparison.Ordinal)))
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        if (!ModelState.IsValid)
        {
            await LoadInvitationsAsync(cancellationToken);
            return Page();
        }

        var link = voiceLinks.Invite(Setting, Draft, Audience!.Value, Label, address?.Address);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["VoiceLink"] = link;
        TempData["Message"] = address is null ? "Link made" : $"Link made and emailed to {address.Address}";
        return Redirect($"/settings/{id}/self-evaluation/voices");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, int invitationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        var invitation = await Db.VoiceInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.SettingId == id, cancellationToken);
        if (invitation is null || Draft is null || invitation.EvaluationId != Draft.Id)
            return NotFound();
        if (!CanEdit)
            return Forbid();
        if (invitation.StateFor(Draft) != VoiceState.Waiting)
            return Redirect($"/settings/{id}/self-evaluation/voices");
        invitation.Close(Draft, Db.CurrentUser.DisplayName, Time.GetUtcNow());
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = "Link closed";
        }
        catch (DbUpdateConcurrencyException)
        {
            // It was answered (or closed) meanwhile; the list says which.
            Db.ChangeTracker.Clear();
        }

        return Redirect($"/settings/{id}/self-evaluation/voices");
    }

    private async Task LoadInvitationsAsync(CancellationToken cancellationToken)
    {
        if (Draft is null)
            return;
        Invitations = await Db.VoiceInvitations.AsNoTracking().Where(i => i.EvaluationId == Draft.Id)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
        Summary = (await EvaluationFeedbackReader.LoadAsync(Db, Draft.Id, cancellationToken)).Voices;
    }
}
