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
        // Bulletins and questions to the network
        services.AddScoped<BulletinAudiences>().AddScoped<BulletinService>().AddScoped<NetworkQuestions>();
        services.AddPartnershipMeetings();
        return services;
    }
}
