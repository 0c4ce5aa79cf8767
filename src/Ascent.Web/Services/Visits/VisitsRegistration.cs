namespace Ascent.Web.Services.Visits;

public static class VisitsRegistration
{
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.AddScoped<VisitRecipients>();
        services.AddScoped<VisitWork>();
        services.AddScoped<NoteWork>();
        return services;
    }
}
