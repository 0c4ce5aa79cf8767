using System.Collections.Concurrent;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;

namespace Ascent.Web.Services.Offer;

/// The terms each stored version holds, parsed once: a version never changes, and the catalogue, a booking and the
/// waiting list each ask for the LA's terms on one request (as PathwayLibrary keeps pathway versions).
public sealed class ParsedOfferTerms(FrameworkRegistry frameworks)
{
    private readonly ConcurrentDictionary<int, OfferTerms> parsed = new();

    public OfferTerms Of(OfferTermsVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return parsed.GetOrAdd(version.Id, _ => Parse(version.Yaml, $"terms version {version.Number}"));
    }

    public OfferTerms Parse(string yaml, string file) =>
        OfferTermsLoader.Parse(yaml, file, ShippedOfferTerms.StandingCodes(frameworks));
}
