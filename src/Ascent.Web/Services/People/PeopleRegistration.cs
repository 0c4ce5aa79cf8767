namespace Ascent.Web.Services.People;

public static class PeopleRegistration
{
    public static IServiceCollection AddPeople(this IServiceCollection services) => services.AddScoped<PeopleService>();
}
