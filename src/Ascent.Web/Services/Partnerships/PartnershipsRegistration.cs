namespace Ascent.Web.Services.Partnerships;

public static class PartnershipsRegistration
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipKinds>();
        services.AddPartnershipMeetings();
        return services;
    }
}
