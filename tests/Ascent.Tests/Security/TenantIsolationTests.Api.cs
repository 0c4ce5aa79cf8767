using System.Globalization;
using System.Net;
using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Security;

/// Tenant isolation of the JSON API.
public abstract partial class TenantIsolationTests<TApp>
{
    [Fact]
    public async Task ApiSettings_OfAnotherLocalAuthority_AreNotFoundAndNotListed()
    {
        using var api = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.AdminA));
        foreach (var path in new[] { "/api/v1/settings/{0}", "/api/v1/settings/{0}/inspections" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingA1Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingB1Id))).StatusCode);
        }

        var list = await api.GetStringAsync("/api/v1/settings?pageSize=500");
        Assert.Contains("EY100001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("EY200001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("EY200001", await api.GetStringAsync("/api/v1/settings?q=EY200001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiSettings_OfAnotherSetting_AreNotFoundForSettingStaff()
    {
        using var api = ApiClient.For(app, await ApiClient.SignInAndCreateTokenAsync(app, TestWorld.OwnerA1));
        foreach (var path in new[] { "/api/v1/settings/{0}", "/api/v1/settings/{0}/inspections" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingA1Id))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(string.Format(CultureInfo.InvariantCulture, path, app.World.SettingA2Id))).StatusCode);
        }

        Assert.DoesNotContain("EY100002", await api.GetStringAsync("/api/v1/settings"), StringComparison.Ordinal);
    }
}
