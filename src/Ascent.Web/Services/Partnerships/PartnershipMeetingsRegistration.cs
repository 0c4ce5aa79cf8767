namespace Ascent.Web.Services.Partnerships;

/// Partnerships' meetings: planning, invitations, their records and the attendance reports.
public static class PartnershipMeetingsRegistration
{
    public static IServiceCollection AddPartnershipMeetings(this IServiceCollection services)
    {
        services.AddScoped<PartnershipMeetings>();
        services.AddScoped<MeetingInvitations>();
        services.AddScoped<MeetingRecords>();
        services.AddScoped<MeetingAttendanceReport>();
        return services;
    }
}
