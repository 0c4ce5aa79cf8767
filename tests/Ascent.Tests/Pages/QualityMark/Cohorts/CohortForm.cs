using System.Globalization;

namespace Ascent.Tests.Pages.QualityMark.Cohorts;

/// The fields of the new and edit cohort forms, as a person fills them in.
public static class CohortForm
{
    public static Dictionary<string, string> Fields(string name, DateOnly starts, DateOnly opens, DateOnly closes) => new()
    {
        ["Input.Name"] = name,
        ["Input.StartsOn.Day"] = D(starts.Day),
        ["Input.StartsOn.Month"] = D(starts.Month),
        ["Input.StartsOn.Year"] = D(starts.Year),
        ["Input.OpensOn.Day"] = D(opens.Day),
        ["Input.OpensOn.Month"] = D(opens.Month),
        ["Input.OpensOn.Year"] = D(opens.Year),
        ["Input.ClosesOn.Day"] = D(closes.Day),
        ["Input.ClosesOn.Month"] = D(closes.Month),
        ["Input.ClosesOn.Year"] = D(closes.Year),
    };

    private static string D(int number) => number.ToString(CultureInfo.InvariantCulture);
}
