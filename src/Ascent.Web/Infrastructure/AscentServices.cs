using Ascent.Web.Api;
using Ascent.Web.Data;
using Ascent.Web.Domain.Accounts;
using Ascent.Web.Infrastructure.Email;
using Ascent.Web.Infrastructure.Security;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Jobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Ascent.Web.Infrastructure;

public static class AscentServices
{
    public const int MaxFailedSignIns = 50;

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
        // links in the database, so that every node shares them (docs/adr/0009).
        builder.AddAscentHosting(options);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Links>();
        services.AddScoped<Imports.RegisterImporter>();
        services.AddScoped<Register.SettingsExport>();
        services.AddScoped<Imports.ImportUndo>();
        services.AddSingleton<Jobs.RunImportsJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.RunImportsJob>());
        // Framework definitions ship beside the app (frameworks/*.yaml); a bad file stops start-up with its line and reason.
        services.AddSingleton(_ => Domain.Frameworks.FrameworkRegistry.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "frameworks")));
        services.AddSingleton(_ => Domain.Calendar.BankHolidays.Load(Path.Combine(AppContext.BaseDirectory, "calendars", "bank-holidays.json")));
        services.AddSingleton(sp => Domain.Pathways.PathwayLibrary.LoadFromDirectory(Path.Combine(AppContext.BaseDirectory, "pathways"), sp.GetRequiredService<Domain.Frameworks.FrameworkRegistry>()));
        services.AddScoped<Cases.CasePlanner>();
        services.AddScoped<Cases.PathwayEngine>();
        services.AddScoped<Cases.CaseWork>();
        services.AddScoped<Visits.VisitRecipients>();
        services.AddScoped<Visits.VisitWork>();
        services.AddScoped<Visits.NoteWork>();
        services.AddScoped<Improvement.SettingNotifier>();
        services.AddScoped<Cases.CaseOverview>();
        services.AddScoped<Cases.CaseExport>();
        services.AddScoped<Register.RegisterEvents>();
        services.AddScoped<Cases.InitialCaseload>();
        services.AddSingleton(sp => Domain.Funding.FundingRules.LoadFromFile(Path.Combine(AppContext.BaseDirectory, "funding", "rules.yaml"), sp.GetRequiredService<Domain.Frameworks.FrameworkRegistry>()));
        services.AddScoped<Funding.FundingProposer>();
        services.AddScoped<Funding.FundingStatuses>();
        services.AddScoped<Funding.FundingService>();
        services.AddSingleton<Jobs.PathwayEventsJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.PathwayEventsJob>());
        services.AddScoped<People.PeopleService>();
        services.AddScoped<Demo.DemoSeeder>();
        services.AddScoped<Demo.DemoCases>();
        services.AddScoped<Demo.DemoSelfEvaluations>();
        var connectionString = services.AddAscentDatabase(options, dataDirectory);
        services.AddAscentReminders(options.Database.Provider, connectionString);
        services.AddAscentIdentity(options.RequireHttps);
        services.AddAscentMail(options, dataDirectory);
        services.AddAscentRateLimits(configuration);
        services.AddAscentApi(configuration);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.ManagePeople, p => p.RequireRole(Roles.LaAdministrator, Roles.SettingOwner, Roles.SystemAdministrator))
            .AddPolicy(Policies.AuditTrail, p => p.RequireRole(Roles.LaAdministrator, Roles.SystemAdministrator))
            .AddPolicy(Policies.SystemAdministration, p => p.RequireRole(Roles.SystemAdministrator))
            .AddPolicy(Policies.Imports, p => p.RequireRole(Roles.LaAdministrator, Roles.SystemAdministrator))
            .AddPolicy(Policies.EmailOutbox, p => p.RequireRole(Roles.LaAdministrator, Roles.SystemAdministrator))
            .AddPolicy(Policies.LocalAuthorityStaff, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SystemAdministrator]))
            .AddPolicy(Policies.ManageCases, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser))
            .AddPolicy(Policies.EditGroupings, p => p.RequireRole(Roles.GroupingEditors))
            .AddPolicy(Policies.EditContacts, p => p.RequireRole([.. Roles.GroupingEditors, Roles.SettingOwner, Roles.SettingManager]))
            .AddPolicy(Policies.ViewFunding, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SystemAdministrator]))
            .AddPolicy(Policies.DecideFunding, p => p.RequireRole(Roles.ImprovementAndStandardsManager))
            .AddPolicy(Policies.FundingLetterTemplate, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager))
            .AddPolicy(Policies.Visits, p => p.RequireRole([.. Roles.LocalAuthorityRoles, Roles.SettingOwner, Roles.SettingManager, Roles.Practitioner]))
            .AddPolicy(Policies.PlanVisits, p => p.RequireRole([.. Roles.LocalAuthorityRoles]))
            .AddPolicy(Policies.PrepareVisits, p => p.RequireRole(Roles.SettingOwner, Roles.SettingManager))
            .AddPolicy(Policies.NoteTemplates, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser))
            .AddPolicy(Policies.SelfEvaluationGuidance, p => p.RequireRole(Roles.LaAdministrator, Roles.ImprovementAndStandardsManager, Roles.SeniorImprovementAdviser));

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/People", Policies.ManagePeople);
            o.Conventions.AuthorizeFolder("/Audit", Policies.AuditTrail);
            o.Conventions.AuthorizeFolder("/Imports", Policies.Imports);
            o.Conventions.AuthorizeFolder("/EmailOutbox", Policies.EmailOutbox);
            o.Conventions.AuthorizeFolder("/Tenants", Policies.SystemAdministration);
            o.Conventions.AuthorizeFolder("/Cases", Policies.LocalAuthorityStaff);
            o.Conventions.AuthorizeFolder("/Tasks", Policies.LocalAuthorityStaff);
            o.Conventions.AuthorizeFolder("/Funding", Policies.ViewFunding);
            o.Conventions.AuthorizeFolder("/Visits", Policies.Visits);
            o.Conventions.AuthorizePage("/Visits/Plan", Policies.PlanVisits);
            o.Conventions.AuthorizePage("/Visits/Edit", Policies.PlanVisits);
            o.Conventions.AuthorizePage("/Visits/Templates", Policies.NoteTemplates);
            o.Conventions.AuthorizePage("/Visits/Template", Policies.NoteTemplates);
            o.Conventions.AuthorizePage("/Funding/LetterTemplate", Policies.FundingLetterTemplate);
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            o.Conventions.AllowAnonymousToPage("/Account/ResetPassword");
            o.Conventions.AllowAnonymousToPage("/Account/TwoFactor");
            o.Conventions.AllowAnonymousToPage("/Account/RecoveryCode");
            o.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
            // Parents and staff answer a setting's questions by link, without an account.
            o.Conventions.AllowAnonymousToPage("/Voices/Answer");
            o.Conventions.AllowAnonymousToPage("/Voices/Thanks");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        var cookiePrefix = options.RequireHttps ? "__Host-" : "";
        var securePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
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

    /// Returns the connection string, which Quartz's job store shares.
    private static string AddAscentDatabase(this IServiceCollection services, AscentOptions options, string dataDirectory)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Postgres:
                var connectionString = options.Database.ConnectionString
                    ?? throw new InvalidOperationException("Set Ascent:Database:ConnectionString to use PostgreSQL.");
                services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
                return connectionString;
            default:
                Directory.CreateDirectory(dataDirectory);
                var sqlite = options.Database.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "ascent.db")}";
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(sqlite).AddInterceptors(sp.GetRequiredService<OutboxWakeInterceptor>()));
                return sqlite;
        }
    }

    private static void AddAscentIdentity(this IServiceCollection services, bool requireHttps)
    {
        var cookiePrefix = requireHttps ? "__Host-" : "";
        var securePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                // ASVS 5.0 6.2: length, not composition; common passwords are refused by CommonPasswordValidator.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // The backstop against guessing from many clients. SignInThrottle slows each client down long before
                // this, so that nobody can lock a person out from one client.
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AscentSignInManager>()
            .AddClaimsPrincipalFactory<AscentClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(5);
            o.OnRefreshingPrincipal = SessionValidation.KeepSessionClaim;
        });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = cookiePrefix + "Ascent";
            o.Cookie.SecurePolicy = securePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipalAsync;
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.Name = cookiePrefix + "Ascent." + scheme.Replace("Identity.", "", StringComparison.Ordinal);
                o.Cookie.SecurePolicy = securePolicy;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
            });
        }
    }

    private static void AddAscentMail(this IServiceCollection services, AscentOptions options, string dataDirectory)
    {
        var email = options.Email;
        var provider = email.Provider ?? (email.Smtp is { Host.Length: > 0 } ? EmailProvider.Smtp : EmailProvider.Pickup);
        switch (provider)
        {
            case EmailProvider.Smtp:
                var smtp = email.Smtp is { Host.Length: > 0 } configured ? configured
                    : throw new InvalidOperationException("Set Ascent:Email:Smtp:Host to send e-mail by SMTP.");
                services.AddSingleton<IMailSender>(sp => new SmtpMailSender(smtp, sp.GetRequiredService<ILogger<SmtpMailSender>>()));
                break;
            case EmailProvider.GovukNotify:
                var notify = email.GovukNotify is { ApiKey.Length: > 0, TemplateId.Length: > 0 } notifyOptions ? notifyOptions
                    : throw new InvalidOperationException("Set Ascent:Email:GovukNotify:ApiKey and TemplateId to send e-mail through GOV.UK Notify.");
                services.AddSingleton<IMailSender>(sp => new GovukNotifyMailSender(notify, sp.GetRequiredService<ILogger<GovukNotifyMailSender>>()));
                break;
            default:
                var pickup = email.PickupDirectory ?? Path.Combine(dataDirectory, "mail");
                services.AddSingleton<IMailSender>(sp => new PickupDirectoryMailSender(pickup, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PickupDirectoryMailSender>>()));
                break;
        }

        services.AddScoped<Outbox>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddSingleton<OutboxWakeInterceptor>();
    }
}

public static class Policies
{
    public const string ManagePeople = "ManagePeople";
    public const string AuditTrail = "AuditTrail";
    public const string Imports = "Imports";

    /// The e-mail outbox: what was sent, what is waiting and what failed.
    public const string EmailOutbox = "EmailOutbox";
    public const string SystemAdministration = "SystemAdministration";
    public const string LocalAuthorityStaff = "LocalAuthorityStaff";
    public const string EditGroupings = "EditGroupings";

    /// Closing cases, the LA overview: managers and Senior Improvement Advisers.
    public const string ManageCases = "ManageCases";
    public const string EditContacts = "EditContacts";
    public const string ViewFunding = "ViewFunding";

    /// Only the Improvement and Standards Manager confirms or rejects a funding proposal (Kent strategy, section 3).
    public const string DecideFunding = "DecideFunding";
    public const string FundingLetterTemplate = "FundingLetterTemplate";

    /// Seeing visits and issued notes: LA staff, and a setting's own staff for its visits.
    public const string Visits = "Visits";

    /// Planning, changing and writing up visits: LA staff.
    public const string PlanVisits = "PlanVisits";

    /// The setting's part before a visit, cancelling on the setting's behalf, acknowledging a note: its leaders.
    public const string PrepareVisits = "PrepareVisits";

    public const string NoteTemplates = "NoteTemplates";

    /// The LA's own wording beside each area of the self-evaluation: the same people as the note templates.
    public const string SelfEvaluationGuidance = "SelfEvaluationGuidance";
}
