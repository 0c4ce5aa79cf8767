using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Offer;

namespace Ascent.Web.Services.Offer;

/// Ascent's own terms (offer/terms.yaml), read and checked at start-up so that a broken file stops the app rather
/// than the first booking. An LA runs on them as its version 1 until it uploads its own.
public sealed class ShippedOfferTerms(string yaml, OfferTerms terms)
{
    public string Yaml { get; } = yaml;

    public OfferTerms Terms { get; } = terms;

    public static ShippedOfferTerms LoadFromFile(string path, FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var yaml = File.ReadAllText(path);
        return new ShippedOfferTerms(yaml, OfferTermsLoader.Parse(yaml, path, StandingCodes(frameworks)));
    }

    public static IReadOnlyCollection<string> StandingCodes(FrameworkRegistry frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        return [.. frameworks.Standings.Select(s => s.Code)];
    }
}
