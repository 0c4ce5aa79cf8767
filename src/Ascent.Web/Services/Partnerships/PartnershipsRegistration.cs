namespace Ascent.Web.Services.Partnerships;

public static class PartnershipsRegistration
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipKinds>();
        // Bulletins and questions to the network
        services.AddScoped<BulletinAudiences>().AddScoped<BulletinService>().AddScoped<NetworkQuestions>();
        return services;
    }
}
