namespace Ascent.Web.Domain.Visits;

/// The note templates Ascent ships, one per visit purpose, written from the Kent strategy's visit descriptions.
/// An LA replaces any of them with its own (NoteTemplate rows); these are used where it has not.
public static class NoteTemplateDefaults
{
    public static NoteTemplate For(int tenantId, string purpose)
    {
        var (name, agenda, prompt) = purpose switch
        {
            VisitPurposes.Pathway => (
                "Support visit",
                "1. Review and evaluate the recommendations from the previous visit\n2. Progress on the improvement plan and the Ofsted actions and recommendations\n3. Agree actions and support",
                "What did you see and discuss? Focus on the actions and recommendations from Ofsted, the improvement plan and the impact for children. Record support and challenge, not a grade."),
            VisitPurposes.Monitoring => (
                "Monitoring visit",
                "1. Review and evaluate the recommendations from the previous visit\n2. Evaluate improvement to date, based on the impact for children\n3. Agree further actions",
                "Evaluate improvement to date based on the impact for children. Say why progress is sufficient or insufficient: insufficient progress opens a funding-withdrawal review."),
            VisitPurposes.AnnualConversation => (
                "Annual conversation",
                "1. The setting's reflections on the year\n2. Self-evaluation and improvement plan\n3. Training and development",
                "What did the setting share about its year, its self-evaluation and its plans?"),
            VisitPurposes.WelfareRequirementsNotice => (
                "Welfare requirements notice support visit",
                "1. The notice and the actions it requires\n2. What the setting has done so far\n3. Agree actions and deadlines",
                "Review and evaluate the actions the setting must take to meet the notice, and the evidence that it has."),
            VisitPurposes.Sufficiency => (
                "Sufficiency and sustainability visit",
                "1. Business and sustainability\n2. Actions for the management committee\n3. Agree a strategy for swift improvement",
                "Record the business review, sustainability concerns and the strategy agreed."),
            VisitPurposes.QualityMark => (
                "Quality mark evaluator visit",
                "1. Progress on the action-research case study\n2. Environment rating audit\n3. Next steps towards accreditation",
                "Record the evidence seen against the quality mark criteria and the next steps agreed."),
            _ => ("Visit", null, "What did you see and discuss?"),
        };
        return new NoteTemplate(tenantId, purpose, name, agenda, prompt);
    }
}
