namespace Ascent.Web.Services.Evidence;

public static class EvidenceRegistration
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddScoped<EvidenceService>();
        return services;
    }
}
