using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Services.Offer;

public static class OfferRegistration
{
    public static IServiceCollection AddOffer(this IServiceCollection services)
    {
        services.AddSingleton(sp => ShippedOfferTerms.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "offer", "terms.yaml"), sp.GetRequiredService<FrameworkRegistry>()));
        services.AddScoped<OfferTermsLibrary>();
        services.AddScoped<OfferPrices>();
        // Training: a setting's training record and its certificates of attendance.
        services.AddScoped<TrainingRecord>();
        services.AddScoped<Certificates>();
        return services;
    }
}
