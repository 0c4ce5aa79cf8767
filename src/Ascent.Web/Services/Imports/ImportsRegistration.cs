using Ascent.Web.Jobs;

namespace Ascent.Web.Services.Imports;

public static class ImportsRegistration
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddScoped<RegisterImporter>();
        services.AddScoped<ImportUndo>();
        services.AddSingleton<ImportQueueWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportQueueWorker>());
        return services;
    }
}
