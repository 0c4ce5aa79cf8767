using Ascent.Web.Services.Charts;

namespace Ascent.Web.Services.Instruments;

public static class QuestionnaireRegistration
{
    public static IServiceCollection AddQuestionnaires(this IServiceCollection services)
    {
        services.AddScoped<QuestionnaireRounds>();
        services.AddScoped<QuestionnaireLinks>();
        services.AddScoped<QuestionnaireResults>();
        services.AddScoped<IChartSeriesSource, QuestionnaireChartSource>();
        return services;
    }
}
