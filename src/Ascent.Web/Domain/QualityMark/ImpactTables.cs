namespace Ascent.Web.Domain.QualityMark;

/// A count out of a group, e.g. 9 of 18. Every cell of the report is one, so a page or an export shows the count
/// beside the percentage; a group under MinimumGroup is too small to compare and is flagged rather than hidden.
public sealed record Share(int Count, int Of)
{
    public const int MinimumGroup = 10;

    /// Null when the group is empty: 0 of 0 is not 0%.
    public double? Percent => Of == 0 ? null : 100.0 * Count / Of;

    public bool TooSmallToCompare => Of < MinimumGroup;

    /// "9 of 18 (50%)", the way the report and its exports write a cell.
    public override string ToString() =>
        Percent is { } percent ? $"{Count} of {Of} ({Math.Round(percent, MidpointRounding.AwayFromZero)}%)" : $"{Count} of {Of}";
}

/// Table 1 for one group (accredited or other settings, of one sector or all): of the settings whose latest
/// inspection on or before the date has an overall grade, how many are outstanding and how many good or outstanding.
/// The others are counted, not dropped: latest inspection without an overall grade (renewed framework), none at all.
public sealed record GradeFigures(
    int Settings,
    Share Outstanding,
    Share GoodOrOutstanding,
    int LatestWithoutOverallGrade,
    int NotInspected);

/// One row of table 1: Sector null is every setting of the LA.
public sealed record GradeRow(SectorGroup? Sector, GradeFigures Accredited, GradeFigures Other)
{
    public string Name => Sector is { } sector ? SectorGroups.Name(sector) : "All settings";
}

/// Table 2 for one group and one judgement area: of the comparable pairs (an inspection and the one before it, graded
/// on the same scale), how many improved, and how many by two grades or more.
public sealed record ImprovementFigures(Share Improved, Share ImprovedByTwo);

public sealed record ImprovementRow(string AreaCode, string AreaName, ImprovementFigures Accredited, ImprovementFigures Other);

/// Table 2 with what it left out: pairs on different scales (e.g. an EIF grade before, a report card after) cannot
/// show an improvement and are counted here instead.
public sealed record ImprovementTable(
    DateOnly? From,
    IReadOnlyList<ImprovementRow> Rows,
    int AccreditedNotComparable,
    int OtherNotComparable);

/// Table 3, one grade of one evaluation area: how many accredited and other settings (latest inspection under that
/// framework) were given it, out of those graded in the area.
public sealed record AreaGradeRow(string GradeCode, string GradeLabel, Share Accredited, Share Other);

public sealed record AreaDistribution(string FrameworkCode, string AreaCode, string AreaName, IReadOnlyList<AreaGradeRow> Grades);

public sealed record ImpactTables(
    DateOnly At,
    IReadOnlyList<GradeRow> Grades,
    ImprovementTable Improvement,
    IReadOnlyList<AreaDistribution> RenewedAreas,
    IReadOnlyList<string> Notes);
