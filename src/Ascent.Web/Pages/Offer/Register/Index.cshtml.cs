using System.Globalization;
using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ascent.Web.Pages.Offer.Register;

/// The register of a course or event: every booked place with a present or absent choice per session, one form per
/// session, open from the session's day on. "Mark everyone present" pre-fills a session's form without saving it. A
/// form opened before someone else saved the same session is refused and shows what is recorded now. Saving the last
/// session's register raises the charges; saving one again after that puts any difference right.
public sealed class IndexModel(OfferRegisters registers) : PageModel
{
    public const string Present = "present";
    public const string Absent = "absent";

    [BindProperty]
    public int SessionId { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    [BindProperty]
    public Dictionary<int, string> Marks { get; set; } = [];

    public RegisterView Register { get; private set; } = null!;

    /// The session whose form shows the posted (or pre-filled) marks rather than those recorded.
    public int? FormSession { get; private set; }

    public IReadOnlyList<string> Corrections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? present, CancellationToken cancellationToken)
    {
        if (await registers.FindAsync(id, cancellationToken) is not { } register)
            return NotFound();
        Register = register;
        if (present is { } sessionId && register.Sessions.FirstOrDefault(s => s.Id == sessionId) is { } session && registers.NotYet(session) is null)
        {
            FormSession = sessionId;
            Marks = register.Places.ToDictionary(p => p.BookingId, _ => Present);
        }

        if (TempData["Corrections"] is string corrections)
            Corrections = corrections.Split('\n');
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await registers.FindAsync(id, cancellationToken) is not { } register)
            return NotFound();
        Register = register;
        var marks = new Dictionary<int, bool>();
        foreach (var place in register.Places)
        {
            var value = Marks.GetValueOrDefault(place.BookingId);
            if (value is Present or Absent)
                marks[place.BookingId] = value == Present;
            else
                ModelState.AddModelError($"{nameof(Marks)}[{place.BookingId.ToString(CultureInfo.InvariantCulture)}]", $"Choose present or absent for {place.Name}");
        }

        FormSession = SessionId;
        if (!ModelState.IsValid)
            return Page();
        var saved = await registers.SaveAsync(id, SessionId, Stamp, marks, cancellationToken);
        if (saved.Refused is { } refused)
        {
            // What is recorded now, not the refused form.
            Register = await registers.FindAsync(id, cancellationToken) ?? register;
            FormSession = null;
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refused);
            return Page();
        }

        var number = register.Sessions.First(s => s.Id == SessionId).Number;
        TempData["Message"] = saved.Charges switch
        {
            null => $"The register for session {number} is saved",
            { Raised: > 0 } c => $"The register is closed: {c.Raised} {(c.Raised == 1 ? "charge" : "charges")} raised",
            { Corrections.Count: > 0 } c => $"The register is corrected: {c.Corrections.Count} {(c.Corrections.Count == 1 ? "place's charges were" : "places' charges were")} put right",
            _ => "The register is saved: its charges are unchanged",
        };
        if (saved.Charges is { Corrections.Count: > 0 } raised)
            TempData["Corrections"] = string.Join('\n', raised.Corrections);
        return Redirect($"/offer/{id}/register");
    }

    /// The mark a session's form shows for a place: the posted or pre-filled one on the form being filled, else the recorded one.
    public string? Mark(RegisterSession session, int bookingId)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (FormSession == session.Id)
            return Marks.GetValueOrDefault(bookingId);
        return session.Marks.TryGetValue(bookingId, out var present) ? (present ? Present : Absent) : null;
    }

    public string? NotYet(RegisterSession session) => registers.NotYet(session);
}
