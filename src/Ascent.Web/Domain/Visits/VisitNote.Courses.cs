using System.Globalization;
using Ascent.Web.Domain.Offer;

namespace Ascent.Web.Domain.Visits;

/// The note's signposting to the LA's offer (docs/offer.md): with "Training and improvement services" ticked, the
/// adviser may name up to three published items. Their titles are copied, so an issued note reads as it was issued.
public sealed partial class VisitNote
{
    public const int MaxSignpostedCourses = 3;

    public const int SignpostedCoursesMaxLength = 1000;

    private const string TrainingSignpost = "training";

    /// One line per item: its id, a tab, its title when the note was written.
    public string? SignpostedCourses { get; private set; }

    /// The items named, in the order chosen (a method, so that the model does not take it for a relation).
    public IReadOnlyList<CourseSignpost> CourseSignposts() =>
        string.IsNullOrEmpty(SignpostedCourses)
            ? []
            : [.. SignpostedCourses.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t', 2))
                .Select(parts => new CourseSignpost(int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? parts[1] : ""))];

    /// Points the note to items of the LA's offer; only with training signposted, only published items of its LA.
    public void SignpostCourses(IReadOnlyCollection<OfferItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        EnsureEditable();
        if (items.Count > MaxSignpostedCourses)
            throw new InvalidOperationException($"A note points to at most {MaxSignpostedCourses} items of the offer.");
        if (items.Count > 0 && !SignpostCodes.Contains(TrainingSignpost))
            throw new InvalidOperationException("Courses are named only when the note signposts training and improvement services.");
        if (items.Any(i => i.TenantId != TenantId || i.Status != OfferStatus.Published))
            throw new InvalidOperationException("A note points only to published items of its LA's offer.");
        var text = string.Join('\n', items.DistinctBy(i => i.Id).Select(i => $"{i.Id.ToString(CultureInfo.InvariantCulture)}\t{i.Title.Replace('\n', ' ').Replace('\t', ' ')}"));
        SignpostedCourses = text.Length == 0 ? null : text[..Math.Min(text.Length, SignpostedCoursesMaxLength)];
    }
}

/// An item of the LA's offer a note of visit points to, with its title as the note was written.
public sealed record CourseSignpost(int OfferItemId, string Title)
{
    public string Link => $"/offer/{OfferItemId.ToString(CultureInfo.InvariantCulture)}";
}
