using Ascent.Web.Data.Demo;
using Ascent.Web.Domain.People;
using Ascent.Web.Infrastructure;

namespace Ascent.Tests.Infrastructure;

public sealed class StartUpMessageTests
{
    [Fact]
    public void InDemoMode_ItGivesTheAddress_EveryDemoUserByRole_AndThePassword()
    {
        var text = StartUpMessage.Compose(["http://localhost:5080"], demoMode: true);
        var lines = text.Split(Environment.NewLine);

        Assert.Contains("Ascent is running at http://localhost:5080", lines);
        Assert.Contains($"Demo mode: sign in as any of these demo users, each with the password {DemoUsers.Password}", lines);
        var demoUsers = DemoUsers.LocalAuthority.Concat(DemoUsers.Setting).Select(u => (u.Email, u.Role))
            .Append((DemoUsers.SystemAdministrator.Email, Roles.SystemAdministrator))
            .Append((DemoUsers.SecondTenantAdministrator.Email, Roles.LaAdministrator))
            .ToList();
        Assert.Equal(14, demoUsers.Count);
        foreach (var (email, role) in demoUsers)
            Assert.Single(lines, l => l.EndsWith(email, StringComparison.Ordinal) && l.TrimStart().StartsWith(role + " ", StringComparison.Ordinal));
        Assert.Equal(demoUsers.Count, lines.Count(l => l.EndsWith(".example", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheDemoUsers_AreGroupedUnderWhereTheyWork()
    {
        var lines = StartUpMessage.Compose(["http://localhost:5080"], demoMode: true).Split(Environment.NewLine).ToList();

        int Line(string text) => lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(Line("  " + DemoUsers.TenantName) < Line("la.admin@northfield.example"));
        Assert.True(Line($"  {DemoUsers.DemoSettingName} ({DemoUsers.TenantName})") < Line("owner@littleacorns.example"));
        Assert.True(Line("owner@littleacorns.example") < Line("  " + DemoUsers.SecondTenantName));
        Assert.True(Line("  " + DemoUsers.SecondTenantName) < Line("la.admin@eastmoor.example"));
    }

    [Fact]
    public void WithSeveralAddresses_ItNamesEach()
    {
        var text = StartUpMessage.Compose(["http://localhost:5080", "https://localhost:5081"], demoMode: true);

        Assert.Contains("Ascent is running at http://localhost:5080 and https://localhost:5081", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideDemoMode_ItNamesNoUserAndNoPassword()
    {
        var text = StartUpMessage.Compose(["https://ascent.example.gov.uk"], demoMode: false);

        Assert.Contains("Ascent is running at https://ascent.example.gov.uk", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoUsers.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
    }
}
