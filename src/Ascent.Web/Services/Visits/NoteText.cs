using System.Text;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Visits;
using Ascent.Web.Infrastructure;

namespace Ascent.Web.Services.Visits;

/// A note of visit as plain text, in the order of the printed note: for the e-mail that issues it.
public static class NoteText
{
    public static string Plain(VisitNote note, Visit visit)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        var text = new StringBuilder();
        foreach (var (heading, body) in Sections(note, visit))
        {
            text.AppendLine(heading.ToUpperInvariant());
            text.AppendLine(body).AppendLine();
        }

        return text.ToString();
    }

    /// The note's sections as (heading, text); the Word document and the e-mail both follow this.
    public static IEnumerable<(string Heading, string Body)> Sections(VisitNote note, Visit visit)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(visit);
        yield return ("Visit", $"{visit.Title}, {visit.Setting?.Name} ({visit.Setting?.Reference}), {Format.Date(visit.HeldOn ?? visit.Date)}");
        if (!string.IsNullOrWhiteSpace(note.Attended))
            yield return ("Who attended", note.Attended);
        if (!string.IsNullOrWhiteSpace(note.Agenda))
            yield return ("Agenda", note.Agenda);
        if (note.Reviews.Count > 0)
        {
            yield return ("Recommendations from previous visits", string.Join("\n", note.Reviews.Select((r, i) =>
                $"{i + 1}. {r.Recommendation?.Text} — {EvaluationName(r.Evaluation)}{(string.IsNullOrWhiteSpace(r.Comment) ? "" : ": " + r.Comment)}")));
        }

        yield return ("What was seen and discussed", note.SeenAndDiscussed ?? "");
        if (visit.MonitorsProgress && note.Progress is not null)
            yield return ("Progress since the last visit", ProgressName(note.Progress));
        if (note.Recommendations.Count > 0)
            yield return ("Recommendations", string.Join("\n", note.Recommendations.OrderBy(r => r.Position).Select((r, i) => $"{i + 1}. {r.Text}")));
        if (note.Actions.Count > 0)
        {
            yield return ("Agreed actions", string.Join("\n", note.Actions.OrderBy(a => a.Position).Select((a, i) =>
                $"{i + 1}. {a.Text} (owner: {OwnerName(a.Owner)}, by {Format.Date(a.DueOn)}{(a.Owner == VisitParty.Setting ? $", improvement plan goal: {GoalName(a)}" : "")})")));
        }

        if (!string.IsNullOrWhiteSpace(note.AuditsDone))
            yield return ("Audits done at the visit", note.AuditsDone);
        var signposts = note.SignpostCodes.Select(Signposts.NameOf).Append(note.SignpostingOther).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (signposts.Count > 0)
            yield return ("Signposting and referrals", string.Join("\n", signposts));
        if (note.CourseSignposts() is { Count: > 0 } courses)
            yield return ("From the local authority's offer", string.Join("\n", courses.Select(c => $"{c.Title} ({c.Link} in Ascent)")));
        yield return ("Written by", $"{note.AuthorName}{(note.IssuedOn is { } on ? $", issued on {Format.Date(on)}" : ", draft")}");
        foreach (var addendum in note.Addenda.OrderBy(a => a.AddedAt))
            yield return ($"Addendum, {Format.DateTime(addendum.AddedAt)}, {addendum.AddedBy}", addendum.Text);
    }

    public static string EvaluationName(Evaluation? evaluation) => evaluation switch
    {
        Evaluation.Met => "met",
        Evaluation.PartlyMet => "partly met",
        Evaluation.NotMet => "not met",
        _ => "not yet evaluated",
    };

    public static string ProgressName(string? progress) => progress switch
    {
        TaskOutcomes.Sufficient => "Sufficient",
        TaskOutcomes.Insufficient => "Insufficient",
        _ => "Not recorded",
    };

    /// Where a setting's action sits in its improvement plan, in words: the goal's title (as it is now, when loaded).
    public static string GoalName(AgreedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action switch
        {
            { Goal: { } goal } => goal.Outcome,
            { MakesNewGoal: true } => "a new goal, made from this action when the note is issued",
            { PlanGoalId: not null, PlanGoalTitle: { } title } => title,
            { PlanGoalTitle: { } named } => $"{named} (not linked to a goal of the plan)",
            _ => "not part of the plan",
        };
    }

    public static string OwnerName(VisitParty owner) => owner == VisitParty.Setting ? "setting" : "local authority";
}
