namespace Ascent.Web.Services.Charts;

public static class ChartsRegistration
{
    /// A setting's charts: its own measures and the totals of its finished audits, their controls and annotations.
    /// Other areas register their own IChartSeriesSource beside their services.
    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddScoped<IChartSeriesSource, OwnMeasureSeries>();
        services.AddScoped<IChartSeriesSource, AuditTotalSeries>();
        services.AddScoped<SettingCharts>();
        services.AddScoped<ChartControlsService>();
        services.AddScoped<MeasureImport>();
        return services;
    }
}
