namespace Ascent.Web.Domain.QualityMark;

/// What Ascent knows about a person the coordinator would allocate to a setting.
public sealed record AllocationCandidate(string Name, bool HasEvaluatorRole, bool Trained, IReadOnlyList<string> ConflictReasons);

public enum AllocationVerdict
{
    Allowed,

    /// The evaluator has not done the scheme's training: allowed only once the coordinator confirms it.
    NeedsConfirmation,

    Refused,
}

/// Whether a person may be allocated as a setting's evaluator. Someone without the Quality Mark Evaluator role and
/// an evaluator with a conflict of interest with the setting are refused, whatever the coordinator says; an
/// evaluator without the scheme's training may be allocated once the coordinator confirms it (a newly recruited
/// evaluator shadowing a trained one, training booked), because the scheme expects the training but a coordinator
/// may know why it can wait.
public static class AllocationCheck
{
    public static (AllocationVerdict Verdict, string Message) Of(AllocationCandidate candidate, string settingName, string expectedTraining)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (!candidate.HasEvaluatorRole)
            return (AllocationVerdict.Refused, $"{candidate.Name} is not a Quality Mark Evaluator: choose one of the evaluators listed.");
        if (candidate.ConflictReasons.Count > 0)
            return (AllocationVerdict.Refused, $"{candidate.Name} has a conflict of interest with {settingName}: {string.Join("; ", candidate.ConflictReasons)}. Choose another evaluator, or remove the conflict on the evaluators page if it no longer stands.");
        if (!candidate.Trained)
            return (AllocationVerdict.NeedsConfirmation, $"{candidate.Name} has not done the scheme's training ({expectedTraining}). Confirm that you still want to allocate them.");
        return (AllocationVerdict.Allowed, "");
    }
}
