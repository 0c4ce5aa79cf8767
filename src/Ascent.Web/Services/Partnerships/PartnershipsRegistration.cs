namespace Ascent.Web.Services.Partnerships;

public static class PartnershipsRegistration
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipKinds>();
        services.AddScoped<Buddying>();
        services.AddScoped<BuddyingSuggester>();
        return services;
    }
}
