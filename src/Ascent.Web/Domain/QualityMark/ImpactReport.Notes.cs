namespace Ascent.Web.Domain.QualityMark;

public static partial class ImpactReport
{
    /// Table 4: what the comparison can and cannot show, in words a cabinet report can quote.
    private static List<string> Notes(List<GradeRow> grades, ImprovementTable improvement, List<AreaDistribution> renewed)
    {
        var notes = new List<string>
        {
            "Settings choose to apply for the quality mark, and those that apply are often already strong or improving. "
            + "These figures show whether accredited settings do better, not that the quality mark made them do better: "
            + "they show a correlation, not a cause.",
            "Each setting is counted by its latest inspection on or before the date chosen. A setting counts as accredited "
            + "only if its accreditation stood on that date: one awarded later, or one that had lapsed or been withdrawn, "
            + "counts with the other settings.",
            "Ofsted's renewed framework gives no overall grade, so its inspections are not counted as outstanding or good; "
            + "their evaluation areas are shown on their own. Grades under different frameworks are never compared.",
            $"A group of fewer than {Share.MinimumGroup} settings or inspections is marked too small to compare: one "
            + "setting more or less would change its percentage a great deal.",
        };

        var small = grades.Any(r => Small(r.Accredited) || Small(r.Other))
            || improvement.Rows.Any(r => r.Accredited.Improved.TooSmallToCompare || r.Other.Improved.TooSmallToCompare)
            || renewed.Any(d => d.Grades.Any(g => g.Accredited.TooSmallToCompare || g.Other.TooSmallToCompare));
        if (small)
            notes.Add("Some groups in this report are too small to compare; they are marked.");

        var skipped = improvement.AccreditedNotComparable + improvement.OtherNotComparable;
        if (skipped > 0)
        {
            notes.Add($"{skipped} {(skipped == 1 ? "setting's inspection was" : "settings' inspections were")} left out of "
                + "the improvement figures because the inspection before was graded on a different scale.");
        }

        return notes;
    }

    private static bool Small(GradeFigures figures) => figures.Outstanding.TooSmallToCompare;
}
