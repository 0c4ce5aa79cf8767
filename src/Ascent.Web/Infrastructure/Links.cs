using Microsoft.Extensions.Options;

namespace Ascent.Web.Infrastructure;

/// Absolute links for e-mails: the configured public address, or else the address this request came to.
public sealed class Links(IOptions<AscentOptions> options, IHttpContextAccessor accessor)
{
    public string Absolute(string path)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrEmpty(baseUrl))
        {
            var request = accessor.HttpContext?.Request
                ?? throw new InvalidOperationException("Set Ascent:PublicBaseUrl to build links outside a request.");
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + path;
    }
}
