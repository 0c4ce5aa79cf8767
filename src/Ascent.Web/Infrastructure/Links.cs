using Microsoft.Extensions.Options;

namespace Ascent.Web.Infrastructure;

/// Absolute links for e-mails, from Ascent:PublicBaseUrl. A request's Host header is the sender's to choose, so it
/// is used only in Development, for the demo on a developer's machine (ProductionHosting refuses to start without
/// PublicBaseUrl anywhere else).
public sealed class Links(IOptions<AscentOptions> options, IHttpContextAccessor accessor, IWebHostEnvironment environment)
{
    public string Absolute(string path)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrEmpty(baseUrl))
        {
            var request = environment.IsDevelopment() ? accessor.HttpContext?.Request : null;
            if (request is null)
                throw new InvalidOperationException("Set Ascent:PublicBaseUrl to build links in e-mails.");
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + path;
    }
}
