using Ascent.Web.Domain.Calendar;

namespace Ascent.Web.Domain.Screening;

/// The round a room would screen next: three a year by default, one a school term. With the LA's terms, the term
/// today falls in (or the next one to start) names it and its last day dates it; without them, the season does
/// (spring to April, summer to August, autumn to December), dated today.
public static class RoundProposal
{
    public static (string Name, DateOnly HeldOn) For(DateOnly today, IEnumerable<SchoolTerm> terms, IReadOnlyCollection<string> namesTaken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(namesTaken);
        var term = terms.Where(t => t.EndsOn >= today).OrderBy(t => t.StartsOn)
            .FirstOrDefault(t => !namesTaken.Contains(t.Name, StringComparer.OrdinalIgnoreCase));
        if (term is not null)
            return (term.Name, term.Contains(today) ? today : term.StartsOn);
        var season = Season(today);
        return (namesTaken.Contains(season, StringComparer.OrdinalIgnoreCase) ? Season(NextSeasonStart(today)) : season, today);
    }

    public static string Season(DateOnly day) => day.Month switch
    {
        <= 4 => $"Spring {day.Year}",
        <= 8 => $"Summer {day.Year}",
        _ => $"Autumn {day.Year}",
    };

    private static DateOnly NextSeasonStart(DateOnly day) => day.Month switch
    {
        <= 4 => new DateOnly(day.Year, 5, 1),
        <= 8 => new DateOnly(day.Year, 9, 1),
        _ => new DateOnly(day.Year + 1, 1, 1),
    };
}
