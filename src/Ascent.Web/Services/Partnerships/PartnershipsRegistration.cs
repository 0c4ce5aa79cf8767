namespace Ascent.Web.Services.Partnerships;

public static class PartnershipsRegistration
{
    public static IServiceCollection AddPartnerships(this IServiceCollection services)
    {
        services.AddScoped<PartnershipKinds>();
        // Partnerships and members (docs/partnerships.md#partnerships-and-members)
        services.AddScoped<PartnershipDirectory>();
        services.AddScoped<PartnershipView>();
        services.AddScoped<PartnershipWork>();
        services.AddScoped<LocalityPartnerships>();
        services.AddScoped<MemberUpload>();
        services.AddScoped<Buddying>();
        services.AddScoped<BuddyingSuggester>();
        return services;
    }
}
