using Ascent.Web.Domain.Improvement;
using Ascent.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ascent.Web.Pages.Improvement.Goal;

/// A row of the steps table: a row with text is a step; an empty row is left out.
public sealed class StepInput
{
    public string? Text { get; set; }

    public string? Owner { get; set; }

    public DateInput Due { get; set; } = new();

    public bool Done { get; set; }

    /// Training identified in the plan: "booking:12", "item:5", or empty (StepTraining).
    public string? Training { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Owner) && Due.IsEmpty && !Done && string.IsNullOrEmpty(Training);

    public static StepInput From(StepSnapshot step) =>
        new() { Text = step.Text, Owner = step.Owner, Due = DateInput.From(step.DueOn), Done = step.Done, Training = StepTraining.ValueOf(step) };

    /// Checks the rows' shape under Steps[i] and returns the steps they plan, blank rows left out.
    public static List<PlannedStep> Check(IReadOnlyList<StepInput> rows, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(modelState);
        var steps = new List<PlannedStep>();
        for (var i = 0; i < rows.Count; i++)
        {
            var step = rows[i];
            if (step.IsBlank)
                continue;
            if (string.IsNullOrWhiteSpace(step.Text))
                modelState.AddModelError($"Steps[{i}].Text", $"Enter what step {i + 1} is");
            else if (step.Text.Length > PlanStep.TextMaxLength)
                modelState.AddModelError($"Steps[{i}].Text", $"Step {i + 1} must be {PlanStep.TextMaxLength:N0} characters or fewer");
            if (step.Owner?.Length > PlanStep.OwnerMaxLength)
                modelState.AddModelError($"Steps[{i}].Owner", $"Who does step {i + 1} must be {PlanStep.OwnerMaxLength:N0} characters or fewer");
            DateOnly? due = null;
            if (!step.Due.IsEmpty)
            {
                if (step.Due.TryGetDate(out var d))
                    due = d;
                else
                    modelState.AddModelError($"Steps[{i}].Due", $"Enter a real date for step {i + 1}");
            }

            if (!string.IsNullOrWhiteSpace(step.Text))
                steps.Add(new PlannedStep(step.Text, step.Owner, due, step.Done));
        }

        return steps;
    }
}
