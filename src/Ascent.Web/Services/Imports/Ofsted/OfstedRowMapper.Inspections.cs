namespace Ascent.Web.Services.Imports.Ofsted;

/// The inspection columns of a row: the latest three full inspections (EIF or CIF by date), the latest renewed-framework
/// inspection and the latest no-children-on-roll and Childcare Register visits, newest first. An inspection is one
/// RegisterInspection whose Grades map an area code (overall, quality-of-education, inclusion, outcome, …) to a grade
/// code ("1"–"4" for EIF/CIF, exceptional … urgent-improvement for the renewed framework, met … for compliance), and
/// whose OverallGrade is the overall grade (EIF/CIF), the outcome (compliance), or null (renewed framework).
internal static partial class OfstedRowMapper
{
    private const string FullInspection = "Full inspection";

    private static readonly DateOnly EifStart = new(2019, 9, 1);

    private static List<RegisterInspection> Inspections(OfstedRowCells cells)
    {
        // The Childcare Register requirements at the latest full inspection are checked, so that a value Ofsted does
        // not publish rejects the row, but the register has no field for them.
        _ = cells.Outcome(OfstedField.CcrRequirementsSuitability);
        _ = cells.Outcome(OfstedField.VcrRequirementsSuitability);

        var found = new List<RegisterInspection>(4);
        Add(found, Full(cells, OfstedField.FullNumber, OfstedField.FullDate, OfstedField.FullOverall, withKeyJudgements: true));
        Add(found, Full(cells, OfstedField.SecondNumber, OfstedField.SecondDate, OfstedField.SecondOverall, withKeyJudgements: false));
        Add(found, Full(cells, OfstedField.ThirdNumber, OfstedField.ThirdDate, OfstedField.ThirdOverall, withKeyJudgements: false));
        Add(found, Renewed(cells));
        Add(found, Compliance(cells, OfstedField.NcorNumber, OfstedField.NcorDate, OfstedField.NcorOutcome, "No children on roll"));
        Add(found, Compliance(cells, OfstedField.CrNumber, OfstedField.CrDate, OfstedField.CrOutcome, "Childcare Register"));
        // Newest first; a stable insertion sort, so inspections on the same day keep the file's order.
        for (var i = 1; i < found.Count; i++)
        {
            var inspection = found[i];
            var at = i;
            for (; at > 0 && found[at - 1].Date < inspection.Date; at--)
                found[at] = found[at - 1];
            found[at] = inspection;
        }

        return found;
    }

    private static void Add(List<RegisterInspection> found, RegisterInspection? inspection)
    {
        if (inspection is null)
            return;
        foreach (var existing in found)
        {
            var same = inspection.Number is not null && existing.Number is not null
                ? inspection.Number == existing.Number
                : inspection.FrameworkCode == existing.FrameworkCode && inspection.Date == existing.Date;
            if (same)
                return;
        }
        found.Add(inspection);
    }

    private static RegisterInspection? Full(OfstedRowCells cells, OfstedField numberField, OfstedField dateField, OfstedField overallField, bool withKeyJudgements)
    {
        // Created at the first grade: most rows have no second or third inspection, and so no grades for them.
        Dictionary<string, string>? grades = null;
        var firstGraded = (OfstedField?)null;
        void Put(string key, OfstedField field, string? grade)
        {
            if (grade is null)
                return;
            (grades ??= new Dictionary<string, string>(6))[key] = grade;
            firstGraded ??= field;
        }

        var overall = cells.Grade(overallField);
        Put("overall", overallField, overall);
        if (withKeyJudgements)
        {
            Put("quality-of-education", OfstedField.FullQualityOfEducation, cells.Grade(OfstedField.FullQualityOfEducation));
            Put("behaviour-and-attitudes", OfstedField.FullBehaviourAndAttitudes, cells.Grade(OfstedField.FullBehaviourAndAttitudes));
            Put("personal-development", OfstedField.FullPersonalDevelopment, cells.Grade(OfstedField.FullPersonalDevelopment));
            Put("leadership-and-management", OfstedField.FullLeadershipAndManagement, cells.Grade(OfstedField.FullLeadershipAndManagement));
            Put("safeguarding", OfstedField.FullSafeguarding, cells.YesNo(OfstedField.FullSafeguarding));
        }

        if (Dated(cells, dateField, firstGraded) is not { } date)
            return null;
        if (date < EifStart)
        {
            // Before the EIF only overall effectiveness is comparable (frameworks.md); the file still fills
            // "Effectiveness of leadership and management" for CIF inspections, which is left out on purpose.
            var cifGrades = overall is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["overall"] = overall };
            return new RegisterInspection(OfstedFrameworks.Cif, cells.Text(numberField), date, FullInspection, overall, cifGrades);
        }
        return new RegisterInspection(OfstedFrameworks.Eif2019, cells.Text(numberField), date, FullInspection, overall, grades ?? []);
    }

    private static RegisterInspection? Renewed(OfstedRowCells cells)
    {
        Dictionary<string, string>? grades = null;
        var firstGraded = (OfstedField?)null;
        void Put(string key, OfstedField field, string? grade)
        {
            if (grade is null)
                return;
            (grades ??= new Dictionary<string, string>(7))[key] = grade;
            firstGraded ??= field;
        }

        Put("safeguarding", OfstedField.RenewedSafeguarding, cells.MetOrNotMet(OfstedField.RenewedSafeguarding));
        Put("inclusion", OfstedField.RenewedInclusion, cells.RenewedGrade(OfstedField.RenewedInclusion));
        Put("curriculum-and-teaching", OfstedField.RenewedCurriculumAndTeaching, cells.RenewedGrade(OfstedField.RenewedCurriculumAndTeaching));
        Put("achievement", OfstedField.RenewedAchievement, cells.RenewedGrade(OfstedField.RenewedAchievement));
        Put("behaviour-attitudes-and-routines", OfstedField.RenewedBehaviourAttitudesAndRoutines, cells.RenewedGrade(OfstedField.RenewedBehaviourAttitudesAndRoutines));
        Put("welfare-and-wellbeing", OfstedField.RenewedWelfareAndWellbeing, cells.RenewedGrade(OfstedField.RenewedWelfareAndWellbeing));
        Put("leadership-and-governance", OfstedField.RenewedLeadershipAndGovernance, cells.RenewedGrade(OfstedField.RenewedLeadershipAndGovernance));

        if (Dated(cells, OfstedField.RenewedDate, firstGraded) is not { } date)
            return null;
        return new RegisterInspection(OfstedFrameworks.Renewed2025, cells.Text(OfstedField.RenewedNumber), date,
            cells.Text(OfstedField.RenewedVisitType) ?? FullInspection, null, grades ?? []);
    }

    private static RegisterInspection? Compliance(OfstedRowCells cells, OfstedField numberField, OfstedField dateField, OfstedField outcomeField, string inspectionType)
    {
        var outcome = cells.Outcome(outcomeField);
        if (Dated(cells, dateField, outcome is null ? null : outcomeField) is not { } date)
            return null;
        var grades = outcome is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["outcome"] = outcome };
        return new RegisterInspection(OfstedFrameworks.Compliance, cells.Text(numberField), date, inspectionType, outcome, grades);
    }

    /// The inspection's date, or null when it has none (the inspection is then skipped; a grade without a date is an error).
    private static DateOnly? Dated(OfstedRowCells cells, OfstedField dateField, OfstedField? firstGraded)
    {
        var date = cells.Date(dateField);
        if (date is null && firstGraded is { } graded && cells.IsEmpty(dateField))
            cells.Fail($"Column '{cells.Name(graded)}' has a grade but '{cells.Name(dateField)}' is empty");
        return date;
    }
}
