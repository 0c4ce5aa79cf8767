using System.Globalization;
using Ascent.Web.Domain.QualityMark;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ascent.Web.Pages.QualityMark.Costs;

/// A cost as typed, recorded or corrected: what it was for, the amount in pounds and pence, and the setting of the
/// cohort it was for (its accreditation's id) or none for the whole cohort.
public static class CostForm
{
    public static (long Pence, int? AccreditationId)? Read(ModelStateDictionary modelState, string? description, string? amount, string? forSetting, IReadOnlyDictionary<int, string> settings)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(description))
            modelState.AddModelError("Description", "Enter what the cost was for");
        else if (description.Trim().Length > SchemeCost.DescriptionMaxLength)
            modelState.AddModelError("Description", $"The description must be {SchemeCost.DescriptionMaxLength} characters or fewer");
        long pence = 0;
        if (string.IsNullOrWhiteSpace(amount))
            modelState.AddModelError("Amount", "Enter the amount, like 125.50");
        else if (!Pence.TryParse(amount, out pence))
            modelState.AddModelError("Amount", "The amount must be in pounds and pence, like 125.50");
        else if (pence is <= 0 or > SchemeCost.MaxPence)
            modelState.AddModelError("Amount", "The amount must be more than £0 and at most £1,000,000");
        int? accreditationId = null;
        if (!string.IsNullOrEmpty(forSetting))
        {
            if (int.TryParse(forSetting, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && settings.ContainsKey(a))
                accreditationId = a;
            else
                modelState.AddModelError("For", "Select a setting in this cohort, or the whole cohort");
        }

        return modelState.IsValid ? (pence, accreditationId) : null;
    }

    /// The whole cohort, then the cohort's settings by name, the chosen one selected.
    public static IReadOnlyList<SelectListItem> Items(IReadOnlyDictionary<int, string> settings, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return [new SelectListItem(CostReport.CohortLineName, "", string.IsNullOrEmpty(chosen)),
            .. settings.OrderBy(s => s.Value, StringComparer.OrdinalIgnoreCase).Select(s => new SelectListItem(s.Value, s.Key.ToString(CultureInfo.InvariantCulture), chosen == s.Key.ToString(CultureInfo.InvariantCulture)))];
    }
}
