using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;
using Ascent.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Commands;

/// `create-admin EMAIL "FULL NAME"`: the first system administrator of a new installation, who then creates
/// tenants and invites their administrators. Prints a link to choose a password; no password is ever printed.
public static class CreateAdminCommand
{
    public const string Usage = "Usage: create-admin EMAIL \"FULL NAME\"";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 3)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Command line");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(args[1], args[2], tenantId: null, settingId: null) { EmailConfirmed = true };
        var created = await users.CreateAsync(user);
        if (created.Succeeded)
            created = await users.AddToRoleAsync(user, Roles.SystemAdministrator);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Could not create {args[1]}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            return 1;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var baseUrl = scope.ServiceProvider.GetRequiredService<IOptions<AscentOptions>>().Value.PublicBaseUrl ?? "http://localhost:5080";
        Console.WriteLine($"Created system administrator {user.Email}. Within 2 hours, open this link to choose a password:");
        Console.WriteLine($"{baseUrl.TrimEnd('/')}/account/reset-password?userId={user.Id}&token={Uri.EscapeDataString(token)}");
        return 0;
    }
}
