using Ascent.Web.Domain.Partnerships;

namespace Ascent.Web.Pages.Partnerships.Buddying;

/// How a pairing's parts read on its page.
public static class ShowModelText
{
    /// A goal's review, or that it is still being worked on.
    public static string Goal(BuddyGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Result is null ? "Being worked on" : $"{ShowModel.Result(goal.Result)}: {goal.Change}";
    }
}
