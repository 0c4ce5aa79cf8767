using Ascent.Web.Api;
using Ascent.Web.Data;
using Ascent.Web.Data.Demo;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Jobs;
using Ascent.Web.Pages.Account;
using Ascent.Web.Pages.Audit;
using Ascent.Web.Pages.Cases;
using Ascent.Web.Pages.Charts;
using Ascent.Web.Pages.Email;
using Ascent.Web.Pages.Funding;
using Ascent.Web.Pages.Imports;
using Ascent.Web.Pages.People;
using Ascent.Web.Pages.Screening;
using Ascent.Web.Pages.SelfEvaluation;
using Ascent.Web.Pages.Settings;
using Ascent.Web.Pages.Tenants;
using Ascent.Web.Pages.Visits;
using Ascent.Web.Services.Cases;
using Ascent.Web.Services.Charts;
using Ascent.Web.Services.Complaints;
using Ascent.Web.Services.Evidence;
using Ascent.Web.Services.Funding;
using Ascent.Web.Services.Home;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Improvement;
using Ascent.Web.Services.Instruments;
using Ascent.Web.Services.Offer;
using Ascent.Web.Services.Partnerships;
using Ascent.Web.Services.People;
using Ascent.Web.Services.QualityMark;
using Ascent.Web.Services.Screening;
using Ascent.Web.Services.SelfEvaluation;
using Ascent.Web.Services.Settings;
using Ascent.Web.Services.Visits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace Ascent.Web.Infrastructure;

/// Everything Ascent registers, area by area: each area's services are in Services/<Area>/<Area>Registration.cs and
/// who may open its pages in Pages/<Area>/<Area>Access.cs.
public static class AscentServices
{
    public static WebApplicationBuilder AddAscent(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<AscentOptions>().Bind(configuration.GetSection(AscentOptions.Section));
        var options = configuration.GetSection(AscentOptions.Section).Get<AscentOptions>() ?? new AscentOptions();
        var dataDirectory = options.ResolveDataDirectory(builder.Environment.ContentRootPath);

        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        if (!builder.Environment.IsDevelopment())
            builder.Logging.AddJsonConsole();

        // Links from PublicBaseUrl only, forwarded headers from known proxies, and the keys that sign cookies and
        // links in the database, so that every node shares them (docs/adr/0010).
        builder.AddAscentHosting(options);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Links>();
        services.AddScoped<TenantCalendar>();

        services.AddSettings().AddImports().AddCases().AddVisits().AddImprovement().AddSelfEvaluation().AddEvidence().AddFunding().AddPeople().AddHome().AddInstruments().AddCharts().AddScreening().AddQualityMark().AddPartnerships().AddOffer().AddComplaints();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoCases>();
        services.AddScoped<DemoSelfEvaluations>();
        var connectionString = services.AddAscentDatabase(options, dataDirectory);
        services.AddAscentJobs(options.Database.Provider, connectionString, options.ScheduleReminders);
        services.AddAscentIdentity(options.RequireHttps);
        services.AddAscentMail(options, dataDirectory);
        services.AddAscentRateLimits(configuration);
        services.AddAscentApi(configuration);
        services.AddAscentPages(options.RequireHttps);

        // A real query, not just "can connect": a SQLite file that is missing or damaged still "connects".
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"], customTestQuery: async (db, ct) =>
        {
            await db.Tenants.AnyAsync(ct);
            return true;
        });
        services.AddOpenTelemetry().WithMetrics(m =>
        {
            m.AddAspNetCoreInstrumentation().AddMeter("Microsoft.AspNetCore.Identity", "Ascent");
            // Exported only when an OpenTelemetry collector is configured (OTEL_EXPORTER_OTLP_ENDPOINT).
            if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                m.AddOtlpExporter();
        });
        return builder;
    }

    /// Signed in by default; each area says who may open its pages.
    private static void AddAscentPages(this IServiceCollection services, bool requireHttps)
    {
        var policies = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SystemAdministration, p => p.RequireRole(Roles.SystemAdministrator))
            .AddPolicy(Policies.LocalAuthorityStaff, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SystemAdministrator]));
        PeopleAccess.AddPolicies(policies);
        AuditAccess.AddPolicies(policies);
        ImportsAccess.AddPolicies(policies);
        EmailAccess.AddPolicies(policies);
        CasesAccess.AddPolicies(policies);
        SettingsAccess.AddPolicies(policies);
        FundingAccess.AddPolicies(policies);
        VisitsAccess.AddPolicies(policies);
        SelfEvaluationAccess.AddPolicies(policies);
        ChartsAccess.AddPolicies(policies);
        Pages.Instruments.Audits.AuditsAccess.AddPolicies(policies);
        ScreeningAccess.AddPolicies(policies);
        Pages.QualityMark.QualityMarkAccess.AddPolicies(policies);
        Pages.Partnerships.PartnershipsAccess.AddPolicies(policies);
        Pages.Offer.OfferAccess.AddPolicies(policies);
        Pages.Complaints.ComplaintsAccess.AddPolicies(policies);

        services.AddRazorPages(o =>
        {
            AccountAccess.AddConventions(o.Conventions);
            PeopleAccess.AddConventions(o.Conventions);
            AuditAccess.AddConventions(o.Conventions);
            ImportsAccess.AddConventions(o.Conventions);
            EmailAccess.AddConventions(o.Conventions);
            TenantsAccess.AddConventions(o.Conventions);
            CasesAccess.AddConventions(o.Conventions);
            FundingAccess.AddConventions(o.Conventions);
            VisitsAccess.AddConventions(o.Conventions);
            SelfEvaluationAccess.AddConventions(o.Conventions);
            ChartsAccess.AddConventions(o.Conventions);
            Pages.Instruments.Audits.AuditsAccess.AddConventions(o.Conventions);
            Pages.Instruments.Questionnaires.QuestionnairesAccess.AddConventions(o.Conventions);
            Pages.QualityMark.QualityMarkAccess.AddConventions(o.Conventions);
            Pages.Partnerships.PartnershipsAccess.AddConventions(o.Conventions);
            Pages.Offer.OfferAccess.AddConventions(o.Conventions);
            Pages.Complaints.ComplaintsAccess.AddConventions(o.Conventions);
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        var cookiePrefix = requireHttps ? "__Host-" : "";
        var securePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new FreeTextModelBinderProvider()));
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = cookiePrefix + "Ascent.TempData";
            o.Cookie.SecurePolicy = securePolicy;
        });
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, CappedTempDataProvider>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = cookiePrefix + "Ascent.Antiforgery";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
    }
}
