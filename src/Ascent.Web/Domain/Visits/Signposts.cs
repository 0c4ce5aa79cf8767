namespace Ascent.Web.Domain.Visits;

/// Where the adviser signposted or referred the setting (from the Kent visit descriptions).
public static class Signposts
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("prevent", "Prevent training"),
        ("early-help", "Early Help"),
        ("equality-inclusion", "Equality and inclusion team"),
        ("sufficiency-sustainability", "Sufficiency and sustainability"),
        ("training", "Training and improvement services"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;
}
