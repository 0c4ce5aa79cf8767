using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.QualityMark;

namespace Ascent.Web.Services.QualityMark;

public static class QualityMarkRegistration
{
    public static IServiceCollection AddQualityMark(this IServiceCollection services)
    {
        // Loaded once and checked against the frameworks and instruments: a typo in a scheme stops start-up with its line.
        services.AddSingleton(sp => SchemeLibrary.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "quality-marks"),
            sp.GetRequiredService<FrameworkRegistry>(), sp.GetRequiredService<InstrumentCatalogue>()));
        services.AddScoped<ApplicantFactsReader>();
        services.AddScoped<Applications>();
        services.AddScoped<CohortQueries>();
        services.AddScoped<ApplicationRows>();
        services.AddScoped<EvaluatorRoster>().AddScoped<EvaluatorAllocation>().AddScoped<CohortCosts>();
        services.AddScoped<Portfolio>();
        services.AddScoped<QualityMarkNotices>();
        services.AddScoped<Awards>();
        services.AddScoped<AccreditationDecisions>();
        services.AddScoped<AccreditationEnds>();
        services.AddScoped<PublicRegister>();
        services.AddScoped<DecisionView>();
        services.AddScoped<ReviewReminders>();
        services.AddScoped<AccreditationWithdrawals>();
        services.AddScoped<ImpactInputsReader>();
        services.AddScoped<SchemeVersions>();
        services.AddScoped<CohortEvaluations>();
        services.AddScoped<NetworkMeetings>();
        return services;
    }
}
