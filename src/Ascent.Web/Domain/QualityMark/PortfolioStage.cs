namespace Ascent.Web.Domain.QualityMark;

/// A stage of an accreditation whose evidence the portfolio shows: the accreditation year itself, an annual review or
/// the re-accreditation. Each reads its own requirements from the scheme, over its own period.
public sealed record PortfolioStage(string Slug, string Title, ReviewKind? Review, int Number)
{
    public const string AccreditationSlug = "accreditation";

    public const string ReaccreditationSlug = "reaccreditation";

    private const string AnnualReviewPrefix = "annual-review-";

    public static PortfolioStage Accreditation { get; } = new(AccreditationSlug, "Accreditation", null, 0);

    public bool IsAccreditation => Review is null;

    /// The stages a scheme has, in order: the accreditation, each annual review, the re-accreditation.
    public static IReadOnlyList<PortfolioStage> Of(SchemeCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var stages = new List<PortfolioStage> { Accreditation };
        for (var n = 1; n <= cycle.AnnualReviews; n++)
            stages.Add(new($"{AnnualReviewPrefix}{n}", n switch { 1 => "First annual review", 2 => "Second annual review", _ => $"Annual review {n}" }, ReviewKind.AnnualReview, n));
        stages.Add(new(ReaccreditationSlug, "Re-accreditation", ReviewKind.Reaccreditation, 0));
        return stages;
    }

    /// The stage named in an address (null or "accreditation" is the accreditation year), or null for one the
    /// scheme does not have.
    public static PortfolioStage? Parse(string? slug, SchemeCycle cycle) =>
        string.IsNullOrEmpty(slug) ? Accreditation : Of(cycle).FirstOrDefault(s => s.Slug == slug);

    /// The requirements this stage asks for: the units' for the accreditation, the scheme's annual review or
    /// re-accreditation list otherwise.
    public IReadOnlyList<(string Heading, IReadOnlyList<Requirement> Requirements)> Requirements(SchemeDefinition scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return Review switch
        {
            null => [.. scheme.Units.Select(u => (u.Name, u.Requirements))],
            ReviewKind.AnnualReview => [(Title, scheme.AnnualReview)],
            _ => [(Title, scheme.Reaccreditation)],
        };
    }

    /// The period whose evidence counts. The accreditation year runs from the cohort's start to the decision's due
    /// date; a review's from the previous review's due date (or the award) to its own. A later stage needs an award.
    public PortfolioPeriod? Period(SchemeCycle cycle, DateOnly cohortStartsOn, DateOnly? awardedOn)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (Review is null)
            return new(cohortStartsOn, SchemeSchedule.DecisionDue(cycle, cohortStartsOn));
        if (awardedOn is not { } award)
            return null;
        var reviews = SchemeSchedule.From(cycle, award);
        var index = Review == ReviewKind.Reaccreditation
            ? reviews.Count - 1
            : reviews.ToList().FindIndex(r => r.Kind == ReviewKind.AnnualReview && r.Number == Number);
        if (index < 0)
            return null;
        var from = index == 0 ? award : reviews[index - 1].DueOn;
        return new(from, reviews[index].DueOn);
    }
}

/// The days whose evidence counts for a stage, both ends included; its first and last thirds are when "start" and
/// "end" audits count.
public sealed record PortfolioPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// The last day of the first third of the period.
    public DateOnly FirstThirdEnds => From.AddDays(Days / 3);

    /// The first day of the last third of the period.
    public DateOnly LastThirdStarts => To.AddDays(-(Days / 3));

    private int Days => To.DayNumber - From.DayNumber;
}
