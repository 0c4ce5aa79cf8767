using Ascent.Web.Services.Offer;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Offer.Training;

/// On a setting's page: its training and support in short (places to come, waiting, history), with a link to the
/// whole record. A component, so the page needs one line for it.
public sealed class SettingTrainingViewComponent(TrainingRecord record) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        var training = await record.ForSettingAsync(settingId, null, HttpContext.RequestAborted);
        return View("/Pages/Offer/Training/_SettingTraining.cshtml", new SettingTrainingSummary(settingId, training));
    }
}

public sealed record SettingTrainingSummary(int SettingId, TrainingView Training);

/// On a setting leader's home page: the next three places booked, with a link to the setting's training.
public sealed class NextTrainingViewComponent(TrainingRecord record) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int settingId)
    {
        var next = await record.NextAsync(settingId, 3, HttpContext.RequestAborted);
        return View("/Pages/Offer/Training/_NextTraining.cshtml", new NextTraining(settingId, next));
    }
}

public sealed record NextTraining(int SettingId, IReadOnlyList<TrainingRow> Rows);
