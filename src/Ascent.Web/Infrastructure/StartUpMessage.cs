using System.Text;
using Ascent.Web.Data.Demo;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Ascent.Web.Infrastructure;

/// The block printed once Ascent listens: where to open it and, in demo mode, whom to sign in as. The demo users come
/// from DemoUsers, the list the demo data is seeded from, so the two cannot disagree.
public static class StartUpMessage
{
    public static string Compose(IReadOnlyList<string> urls, bool demoMode)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(urls.Count switch
        {
            0 => "Ascent is running.",
            1 => $"Ascent is running at {urls[0]}",
            _ => $"Ascent is running at {string.Join(" and ", urls)}",
        });
        if (demoMode)
        {
            var groups = new (string Where, IEnumerable<(string Email, string Role)> Users)[]
            {
                (DemoUsers.TenantName, DemoUsers.LocalAuthority.Select(u => (u.Email, u.Role))),
                ($"{DemoUsers.DemoSettingName} ({DemoUsers.TenantName})", DemoUsers.Setting.Select(u => (u.Email, u.Role))),
                (DemoUsers.SecondTenantName, [(DemoUsers.SecondTenantAdministrator.Email, Roles.LaAdministrator)]),
                ("Every local authority", [(DemoUsers.SystemAdministrator.Email, Roles.SystemAdministrator)]),
            };
            var width = groups.SelectMany(g => g.Users).Max(u => u.Role.Length) + 2;
            text.AppendLine();
            text.AppendLine($"Demo mode: sign in as any of these demo users, each with the password {DemoUsers.Password}");
            foreach (var (where, users) in groups)
            {
                text.AppendLine("  " + where);
                foreach (var (email, role) in users)
                    text.AppendLine("    " + role.PadRight(width) + email);
            }
        }

        text.AppendLine();
        text.Append("Press Ctrl+C to stop Ascent.");
        return text.ToString();
    }

    /// Prints the block when the server has started: on the console in demo mode (never in production), otherwise as
    /// one log line with the addresses, which goes to the JSON log like everything else.
    public static void WriteWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            if (app.Services.GetRequiredService<IOptions<AscentOptions>>().Value.DemoMode)
                Console.WriteLine(Compose(urls, demoMode: true));
            else
                app.Logger.LogInformation("Ascent is listening on {Urls}", string.Join(", ", urls));
        });
    }
}
