using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Services.Settings;

public static class SettingsRegistration
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        // Framework definitions ship beside the app (frameworks/*.yaml); a bad file stops start-up with its line and reason.
        services.AddSingleton(_ => FrameworkRegistry.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "frameworks")));
        services.AddSingleton(_ => BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "bank-holidays.json")));
        services.AddScoped<SettingsExport>();
        services.AddScoped<RegisterEvents>();
        services.AddScoped<SettingSummary>();
        return services;
    }
}
