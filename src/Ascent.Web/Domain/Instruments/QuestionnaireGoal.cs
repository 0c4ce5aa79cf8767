using Ascent.Web.Domain.Tenancy;

namespace Ascent.Web.Domain.Instruments;

/// A suggested goal from a questionnaire round that the setting accepted into its improvement plan: which item it
/// came from and the goal it became, so the results page shows it as added and never adds it twice.
public sealed class QuestionnaireGoal : ISettingOwned
{
    private QuestionnaireGoal()
    {
        ItemNumber = "";
    }

    public QuestionnaireGoal(QuestionnaireRound round, string itemNumber, Improvement.PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(goal);
        Round = round;
        TenantId = round.TenantId;
        SettingId = round.SettingId;
        ItemNumber = itemNumber;
        Goal = goal;
    }

    public int Id { get; private set; }

    public int TenantId { get; private set; }

    public int SettingId { get; private set; }

    public int RoundId { get; private set; }

    public QuestionnaireRound Round { get; private set; } = null!;

    public string ItemNumber { get; private set; }

    public int PlanGoalId { get; private set; }

    public Improvement.PlanGoal Goal { get; private set; } = null!;
}
