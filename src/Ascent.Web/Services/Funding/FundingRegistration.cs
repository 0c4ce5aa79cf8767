using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;

namespace Ascent.Web.Services.Funding;

public static class FundingRegistration
{
    public static IServiceCollection AddFunding(this IServiceCollection services)
    {
        services.AddSingleton(sp => FundingRules.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "funding", "rules.yaml"), sp.GetRequiredService<FrameworkRegistry>()));
        services.AddScoped<FundingProposer>();
        services.AddScoped<FundingStatuses>();
        services.AddScoped<FundingService>();
        return services;
    }
}
