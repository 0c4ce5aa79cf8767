namespace Ascent.Web.Services.Complaints;

public static class ComplaintsRegistration
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddScoped<ComplaintTeams>();
        services.AddScoped<ComplaintRegister>();
        services.AddScoped<ComplaintWork>();
        services.AddScoped<ComplaintMail>();
        services.AddScoped<ComplaintReport>();
        return services;
    }
}
