using Ascent.Web.Domain.Instruments;

namespace Ascent.Web.Services.Instruments;

public static class InstrumentsRegistration
{
    public static IServiceCollection AddInstruments(this IServiceCollection services)
    {
        services.AddSingleton(_ => InstrumentCatalogue.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "instruments")));
        services.AddScoped<InstrumentDefinitions>();
        services.AddScoped<AuditWork>();
        services.AddScoped<AuditSheetWork>();
        services.AddScoped<AuditResults>();
        services.AddScoped<AuditSuggestions>();
        services.AddScoped<AuditResultsLists>();
        services.AddScoped<AgreementHistory>();
        services.AddQuestionnaires();
        services.AddScoped<LicensedTexts>();
        services.AddScoped<AuditImport>();
        services.AddScoped<AuditExport>();
        return services;
    }
}
