using Ascent.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.BadInput;

/// A message saved for the next page lives in a cookie: one quoting 100,000 characters must not make a cookie
/// that locks the browser out (431), and the cookie is __Host- prefixed like Ascent's others.
public sealed class TempDataTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Fact]
    public void AHugeMessage_IsCut_AndItsCookieIsHostPrefixed()
    {
        using var scope = app.Factory.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("localhost");
        var provider = scope.ServiceProvider.GetRequiredService<ITempDataProvider>();

        provider.SaveTempData(context, new Dictionary<string, object> { ["Message"] = "Invitation sent to " + new string('x', 100_000) });

        var cookie = Assert.Single(context.Response.Headers.SetCookie.SelectMany(c => c!.Split(", __")));
        Assert.StartsWith("__Host-Ascent.TempData=", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(cookie.Length < 4096, $"The cookie is {cookie.Length} characters");
    }
}
