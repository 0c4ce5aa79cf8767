using System.Globalization;
using System.Text.RegularExpressions;
using Ascent.Web.Domain.Definitions;
using Ascent.Web.Domain.Frameworks;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Offer;

/// Reads a terms file (offer/terms.yaml or an LA's upload), refusing with its line anything that would leave a booking
/// without a price or a charge: a price rule with no `otherwise` line, a line after `otherwise`, no-show bands without
/// an `otherwise_pence`, an amount that is not whole pence, an unknown condition, band or standing.
public static partial class OfferTermsLoader
{
    private static readonly Dictionary<string, PriceCondition> Conditions = new(StringComparer.Ordinal)
    {
        ["on-pathway"] = PriceCondition.OnPathway,
        ["standing"] = PriceCondition.Standing,
    };

    private static readonly Dictionary<string, PriceKind> Kinds = new(StringComparer.Ordinal)
    {
        ["free"] = PriceKind.Free,
        ["full-price"] = PriceKind.FullPrice,
        ["percent"] = PriceKind.Percent,
        ["pence"] = PriceKind.Fixed,
    };

    private static readonly Dictionary<string, StandingBand> Bands = new(StringComparer.Ordinal)
    {
        ["meets"] = StandingBand.Meets,
        ["improve"] = StandingBand.Improve,
        ["urgent"] = StandingBand.Urgent,
        ["none"] = StandingBand.None,
    };

    private static readonly Dictionary<string, bool> LateFreePlace = new(StringComparer.Ordinal)
    {
        ["no-show-charge"] = true,
        ["none"] = false,
    };

    public static OfferTerms Parse(string yaml, string file, IReadOnlyCollection<string> standingCodes)
    {
        var map = new YamlMap(YamlFile.LoadSingle(yaml, file, "set of terms"), file, "the terms file",
            "name", "places_per_setting", "prices", "cancellation", "no_show", "substitutes", "transfers_until_days_before");
        var prices = new List<PriceRule>();
        foreach (var node in map.List("prices", required: true))
            prices.Add(ReadPriceRule(node, file, standingCodes, prices));

        var cancellationNode = map.Node("cancellation") ?? throw map.Error(map.KeyOrMapStart("cancellation"), "cancellation is required.");
        var cancellation = new YamlMap(cancellationNode, file, "cancellation",
            "free_until_days_before", "late_charge_percent", "late_free_place", "credit_instead_of_refund");
        var percent = Required(cancellation, "late_charge_percent");
        if (percent > 100)
            throw cancellation.Error(cancellation.KeyOrMapStart("late_charge_percent"), "late_charge_percent must be from 0 to 100.");
        var cancellationTerms = new CancellationTerms(
            Required(cancellation, "free_until_days_before"),
            percent,
            cancellation.Choice("late_free_place", LateFreePlace),
            cancellation.Flag("credit_instead_of_refund", whenMissing: true));

        var (bands, otherwise) = ReadNoShow(map, file);
        var substitutes = map.Optional("substitutes") ?? "until-start";
        if (substitutes is not ("until-start" or "never"))
            throw map.Error(map.KeyOrMapStart("substitutes"), $"substitutes '{substitutes}' is not one of: until-start, never.");
        var places = Required(map, "places_per_setting");
        if (places < 1)
            throw map.Error(map.KeyOrMapStart("places_per_setting"), "places_per_setting must be at least 1.");
        return new OfferTerms(map.Required("name"), places, prices, cancellationTerms, bands, otherwise,
            substitutes == "until-start", map.Number("transfers_until_days_before") ?? 0);
    }

    private static PriceRule ReadPriceRule(YamlNode node, string file, IReadOnlyCollection<string> standingCodes, List<PriceRule> earlier)
    {
        var map = new YamlMap(node, file, "a price rule", "code", "name", "rules");
        var code = map.RequiredScalar("code");
        if (!CodePattern().IsMatch(code.Value!))
            throw map.Error(code.Start, $"code '{code.Value}' must be lower-case letters, digits and hyphens.");
        if (earlier.Any(r => r.Code == code.Value))
            throw map.Error(code.Start, $"price rule code '{code.Value}' is used twice.");
        var name = map.Required("name");
        var lines = new List<PriceLine>();
        foreach (var lineNode in map.List("rules", required: true))
        {
            if (lines.Count > 0 && lines[^1].When == PriceCondition.Otherwise)
                throw YamlMap.Error(file, lineNode.Start, $"price rule '{code.Value}' has a line after `otherwise`, which would never be read.");
            lines.Add(ReadLine(lineNode, file, standingCodes));
        }

        if (lines[^1].When != PriceCondition.Otherwise)
            throw map.Error(map.KeyOrMapStart("rules"),
                $"price rule '{code.Value}' leaves a setting that matches none of its lines without a price: end its rules with `otherwise`.");
        return new PriceRule(code.Value!, name, lines);
    }

    private static PriceLine ReadLine(YamlNode node, string file, IReadOnlyCollection<string> standingCodes)
    {
        var map = new YamlMap(node, file, "a line of a price rule", "when", "bands", "standings", "price", "percent", "pence", "reason", "otherwise");
        if (map.Optional("otherwise") is { } otherwise)
        {
            if (map.Optional("when") is not null)
                throw map.Error(map.KeyOrMapStart("when"), "a line is either `when` or `otherwise`, not both.");
            var kind = Kinds.TryGetValue(otherwise, out var k) && k is PriceKind.Free or PriceKind.FullPrice
                ? k
                : throw map.Error(map.KeyOrMapStart("otherwise"), $"otherwise '{otherwise}' is not one of: free, full-price.");
            var reason = map.Optional("reason") ?? (kind == PriceKind.Free ? "Free to every setting" : "Full price");
            return new PriceLine(PriceCondition.Otherwise, [], [], kind, 0, reason);
        }

        var when = map.Choice("when", Conditions);
        var bands = map.List("bands", required: false).Select(n => Bands.TryGetValue((n as YamlScalarNode)?.Value ?? "", out var b)
            ? b
            : throw YamlMap.Error(file, n.Start, $"band '{(n as YamlScalarNode)?.Value}' is not one of: {string.Join(", ", Bands.Keys)}.")).ToList();
        var standings = map.List("standings", required: false).Select(n => (n as YamlScalarNode)?.Value is { } s && standingCodes.Contains(s)
            ? s
            : throw YamlMap.Error(file, n.Start, $"standing '{(n as YamlScalarNode)?.Value}' is not one of: {string.Join(", ", standingCodes)}.")).ToList();
        if (when == PriceCondition.Standing && bands.Count == 0 && standings.Count == 0)
            throw map.Error(map.KeyOrMapStart("when"), "a `when: standing` line needs `bands` or `standings`.");
        if (when != PriceCondition.Standing && (bands.Count > 0 || standings.Count > 0))
            throw map.Error(map.KeyOrMapStart("bands"), "bands and standings only apply to `when: standing`.");
        var price = map.Choice("price", Kinds);
        var value = price switch
        {
            PriceKind.Percent => Required(map, "percent") is var p and <= 100 ? p : throw map.Error(map.KeyOrMapStart("percent"), "percent must be from 0 to 100."),
            PriceKind.Fixed => Required(map, "pence"),
            _ => 0,
        };
        return new PriceLine(when, bands, standings, price, value, map.Required("reason"));
    }

    private static (IReadOnlyList<NoShowBand> Bands, int Otherwise) ReadNoShow(YamlMap terms, string file)
    {
        var bands = new List<NoShowBand>();
        int? otherwise = null;
        foreach (var node in terms.List("no_show", required: true))
        {
            var map = new YamlMap(node, file, "a no-show charge", "up_to_hours", "pence", "otherwise_pence");
            if (otherwise is not null)
                throw map.Error(map.Start, "no_show has a line after `otherwise_pence`, which would never be read.");
            if (map.Number("otherwise_pence") is { } pence)
            {
                otherwise = pence;
                continue;
            }

            var hoursNode = map.RequiredScalar("up_to_hours");
            if (!decimal.TryParse(hoursNode.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours <= 0)
                throw map.Error(hoursNode.Start, $"up_to_hours must be a number of hours above 0, not '{hoursNode.Value}'.");
            if (bands.Count > 0 && hours <= bands[^1].UpToHours)
                throw map.Error(hoursNode.Start, "no_show bands must go up in hours.");
            bands.Add(new NoShowBand(hours, Required(map, "pence")));
        }

        return otherwise is { } charge
            ? (bands, charge)
            : throw terms.Error(terms.KeyOrMapStart("no_show"),
                "no_show leaves a course longer than its last band without a charge: end it with `otherwise_pence`.");
    }

    private static int Required(YamlMap map, string key) =>
        map.Number(key) ?? throw map.Error(map.KeyOrMapStart(key), $"{key} is required.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
