using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Jobs;

namespace Ascent.Web.Services.Cases;

public static class CasesRegistration
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddSingleton(sp => PathwayLibrary.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "pathways"), sp.GetRequiredService<FrameworkRegistry>()));
        services.AddScoped<PathwayVersions>();
        services.AddScoped<CasePlanner>();
        services.AddScoped<PathwayEngine>();
        services.AddScoped<CaseWork>();
        services.AddScoped<CaseOverview>();
        services.AddScoped<CaseExport>();
        services.AddScoped<InitialCaseload>();
        services.AddSingleton<PathwayEventsWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PathwayEventsWorker>());
        return services;
    }
}
