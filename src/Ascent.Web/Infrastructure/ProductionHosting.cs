using System.Net;
using System.Security.Cryptography.X509Certificates;
using Ascent.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ascent.Web.Infrastructure;

/// What lets Ascent run behind a reverse proxy and on more than one node: links only from PublicBaseUrl, the Host
/// header restricted to it, forwarded headers believed only from known proxies, and the keys that sign cookies,
/// forms and links kept in the database, encrypted with a certificate. See docs/adr/0009.
public static class ProductionHosting
{
    public static void AddAscentHosting(this WebApplicationBuilder builder, AscentOptions options)
    {
        var development = builder.Environment.IsDevelopment();
        var publicBaseUrl = ParsePublicBaseUrl(options.PublicBaseUrl, development);
        var services = builder.Services;

        // ASP.NET's own default is "*" (any Host). A link must never carry an attacker's Host, and a request naming
        // another host is refused with 400, so unless the operator lists hosts, the one host is PublicBaseUrl's.
        if (publicBaseUrl is not null && string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
            services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = [publicBaseUrl.IdnHost]);

        services.Configure<ForwardedHeadersOptions>(o => ConfigureForwardedHeaders(o, options.ReverseProxy));

        var keys = services.AddDataProtection()
            .SetApplicationName("Ascent")
            .PersistKeysToDbContext<AppDbContext>();
        var certificate = LoadCertificate(options.DataProtection, development);
        if (certificate is not null)
            keys.ProtectKeysWithCertificate(certificate);
    }

    private static Uri? ParsePublicBaseUrl(string? value, bool development)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            // Only the demo on a developer's machine may take links from the request it is answering.
            return development ? null : throw new InvalidOperationException(
                "Set Ascent:PublicBaseUrl to the address people reach Ascent at (for example https://ascent.example.gov.uk): " +
                "links in e-mails are built from it, never from the Host header of a request.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"Ascent:PublicBaseUrl must be an absolute http or https address such as https://ascent.example.gov.uk, not \"{value}\".");
        }

        return uri;
    }

    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions o, ReverseProxyOptions proxy)
    {
        // Scheme (so Secure cookies, antiforgery and HSTS see https) and client address (for rate limits and the
        // sessions page). Never the host: links come from PublicBaseUrl.
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // Walk back through every trusted hop (a load balancer, then a proxy on the node) to the first address
        // that is not a known proxy: that is the client. A client's own X-Forwarded-For stops there.
        o.ForwardLimit = null;
        foreach (var address in proxy.KnownProxies)
        {
            o.KnownProxies.Add(IPAddress.TryParse(address, out var ip) ? ip
                : throw new InvalidOperationException($"Ascent:ReverseProxy:KnownProxies: \"{address}\" is not an IP address."));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                : throw new InvalidOperationException($"Ascent:ReverseProxy:KnownNetworks: \"{network}\" is not a network such as 10.0.0.0/24."));
        }
    }

    private static X509Certificate2? LoadCertificate(KeyProtectionOptions protection, bool development)
    {
        if (string.IsNullOrWhiteSpace(protection.CertificatePath))
        {
            return development ? null : throw new InvalidOperationException(
                "Set Ascent:DataProtection:CertificatePath (and CertificatePassword) to a .pfx certificate with its private key: " +
                "it encrypts the keys that sign Ascent's cookies and links, which are kept in the database (see docs/adr/0009).");
        }

        if (!File.Exists(protection.CertificatePath))
            throw new InvalidOperationException($"Ascent:DataProtection:CertificatePath: no file at {protection.CertificatePath}.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(protection.CertificatePath, protection.CertificatePassword);
        return certificate.HasPrivateKey ? certificate
            : throw new InvalidOperationException("Ascent:DataProtection:CertificatePath must hold the certificate's private key, to read the keys back.");
    }
}
