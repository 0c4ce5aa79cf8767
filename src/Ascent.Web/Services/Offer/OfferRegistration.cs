using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Services.Offer;

public static class OfferRegistration
{
    public static IServiceCollection AddOffer(this IServiceCollection services)
    {
        services.AddSingleton(sp => ShippedOfferTerms.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "offer", "terms.yaml"), sp.GetRequiredService<FrameworkRegistry>()));
        services.AddScoped<OfferTermsLibrary>();
        services.AddScoped<OfferPrices>();

        // Bookings, the waiting list and cancellations.
        services.AddScoped<OfferBookings>();
        services.AddScoped<OfferWaitingList>();
        services.AddScoped<OfferBookingMail>();
        services.AddScoped<BookingViews>();
        return services;
    }
}
