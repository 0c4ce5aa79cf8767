namespace Ascent.Web.Services.Improvement;

public static class ImprovementRegistration
{
    public static IServiceCollection AddImprovement(this IServiceCollection services)
    {
        services.AddScoped<SettingNotifier>();
        return services;
    }
}
