namespace Ascent.Web.Services.Home;

public static class HomeRegistration
{
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<SettingHomeQueries>();
        services.AddScoped<LaHome>();
        return services;
    }
}
