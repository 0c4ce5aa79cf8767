using Ascent.Web.Services.Charts;

namespace Ascent.Web.Services.Screening;

public static class ScreeningRegistration
{
    public static IServiceCollection AddScreening(this IServiceCollection services)
    {
        services.AddScoped<ScreeningService>();
        services.AddScoped<ScreeningExport>();
        services.AddScoped<IChartSeriesSource, ScreeningChartSource>();
        return services;
    }
}
