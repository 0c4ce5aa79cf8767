using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Visits.Note;

/// Signposting to the LA's offer (docs/offer.md): with "Training and improvement services" ticked, up to three
/// published items of the offer, which the issued note names with a link.
public abstract partial class NoteFormPage
{
    [BindProperty]
    public List<int> SignpostCourses { get; set; } = [];

    /// The published items of the offer (tracked: the note copies their titles).
    public List<OfferItem> OfferItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CourseItems =>
        [.. OfferItems.Select(i => new SelectListItem(i.Title, i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), SignpostCourses.Contains(i.Id)))];

    protected async Task LoadOfferItemsAsync(CancellationToken cancellationToken) =>
        OfferItems = await Db.OfferItems.Where(i => i.Status == OfferStatus.Published).OrderBy(i => i.Title).ToListAsync(cancellationToken);

    /// Checks the chosen items and returns them; the problems go in the model state.
    private List<OfferItem> CheckCourses()
    {
        var chosen = OfferItems.Where(i => SignpostCourses.Contains(i.Id)).ToList();
        if (chosen.Count != SignpostCourses.Distinct().Count())
            ModelState.AddModelError(nameof(SignpostCourses), "Select courses and services from the list");
        else if (chosen.Count > VisitNote.MaxSignpostedCourses)
            ModelState.AddModelError(nameof(SignpostCourses), $"Select up to {VisitNote.MaxSignpostedCourses} courses and services from the offer");
        else if (chosen.Count > 0 && !Signposting.Contains("training"))
            ModelState.AddModelError(nameof(SignpostCourses), "Select “Training and improvement services” to point the setting to courses");
        return chosen;
    }
}
