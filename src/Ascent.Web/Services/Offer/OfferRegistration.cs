using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Services.Offer;

public static class OfferRegistration
{
    public static IServiceCollection AddOffer(this IServiceCollection services)
    {
        services.AddSingleton(sp => ShippedOfferTerms.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "offer", "terms.yaml"), sp.GetRequiredService<FrameworkRegistry>()));
        services.AddSingleton<ParsedOfferTerms>();
        services.AddScoped<OfferTermsLibrary>();
        services.AddScoped<OfferPrices>();

        // The catalogue and the LA's terms (/offer, /offer/{id}, /offer/terms).
        services.AddScoped<OfferCatalogue>();
        services.AddScoped<OfferReschedule>();
        // Registers, charges, statements and the finance export.
        services.AddScoped<OfferRegisters>();
        services.AddScoped<RegisterImport>();
        services.AddScoped<RegisterCharges>();
        services.AddScoped<ChargeLedger>();
        // Training: a setting's training record and its certificates of attendance.
        services.AddScoped<TrainingRecord>();
        services.AddScoped<Certificates>();
        // Bookings, the waiting list and cancellations.
        services.AddScoped<OfferBookings>();
        services.AddScoped<OfferWaitingList>();
        services.AddScoped<OfferBookingMail>();
        services.AddScoped<BookingViews>();
        return services;
    }
}
