using System.Globalization;
using System.Net;
using System.Text;
using Ascent.Web.Domain.Charts;
using Ascent.Web.Services.Charts;

namespace Ascent.Web.Pages.Charts;

/// Draws a chart as accessible SVG on the server: a title and a description (the plain-English summary) for screen
/// readers, the centre line and limits of each phase, every point (outside the limits a red diamond, left out a
/// hollow circle labelled "left out"), phase boundaries, and each annotation as a numbered marker at its date. GOV.UK
/// colours; presentation attributes only, so nothing needs inline style or script.
public static class ChartSvg
{
    private const double Width = 900, Height = 380, Left = 64, Right = 24, Top = 36, Bottom = 56;
    private const string Blue = "#1d70b8", Red = "#d4351c", Green = "#00703c", Grey = "#505a5f", Black = "#0b0c0c", Orange = "#f47738", Light = "#b1b4b6";

    public static string Draw(SettingChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Chart.Points;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" width=\"100%\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Text(chart.Name)}: {Text(MeasureValueRules.KindName(chart.Chart.Kind).ToLowerInvariant())}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Text(string.Join(" ", chart.Summary))}</desc>");
        if (points.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" font-size=\"16\" fill=\"{Grey}\">No values yet</text></svg>");
            return svg.ToString();
        }

        var first = points[0].Date.DayNumber;
        var last = points[^1].Date.DayNumber;
        double X(DateOnly date) => last == first ? Left + ((Width - Left - Right) / 2) : Left + ((date.DayNumber - first) * (Width - Left - Right) / (last - first));
        var numbers = points.SelectMany(p => new[] { p.Value, p.Centre, p.Lower, p.Upper }).OfType<decimal>().Select(v => (double)v).ToList();
        var (low, high) = (numbers.Min(), numbers.Max());
        if (high - low < 1e-9)
            (low, high) = (low - 1, high + 1);
        var pad = (high - low) * 0.08;
        (low, high) = (low - pad, high + pad);
        double Y(decimal value) => Top + (((high - (double)value) * (Height - Top - Bottom)) / (high - low));

        // Axes and the value scale.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"{Black}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"{Black}\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var value = (decimal)(low + ((high - low) * i / 4));
            var y = F(Y(value));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"{Light}\" stroke-width=\"0.5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\" font-size=\"12\" fill=\"{Black}\">{ChartNumbers.Display(value)}</text>");
        }

        var labelled = points.Count <= 6 ? points : [.. Enumerable.Range(0, 6).Select(i => points[(int)Math.Round(i * (points.Count - 1) / 5.0)]).Distinct()];
        foreach (var point in labelled)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(point.Date))}\" y=\"{Height - Bottom + 20}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{Black}\">{point.Date.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}</text>");

        DrawPhases(svg, chart.Chart, X, Y);
        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", points.Select(p => $"{F(X(p.Date))},{F(Y(p.Value))}"))}\" fill=\"none\" stroke=\"{Blue}\" stroke-width=\"1.5\"/>");
        foreach (var point in points)
            DrawPoint(svg, point, X(point.Date), Y(point.Value));
        DrawAnnotations(svg, chart, X, first, last);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void DrawPhases(StringBuilder svg, Chart chart, Func<DateOnly, double> x, Func<decimal, double> y)
    {
        foreach (var phase in chart.Phases)
        {
            var members = chart.Points.Where(p => p.Phase == phase.Number).ToList();
            var (from, to) = (x(phase.From), x(phase.To));
            if (phase.Number > 1)
            {
                var before = chart.Points.Last(p => p.Phase == phase.Number - 1);
                var boundary = F((x(before.Date) + from) / 2);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{boundary}\" y1=\"{Top - 10}\" x2=\"{boundary}\" y2=\"{Height - Bottom}\" stroke=\"{Grey}\" stroke-width=\"2\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{boundary}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{Grey}\">Phase {phase.Number}</text>");
            }

            if (phase.Centre is { } centre)
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(from - 4)}\" y1=\"{F(y(centre))}\" x2=\"{F(to + 4)}\" y2=\"{F(y(centre))}\" stroke=\"{Green}\" stroke-width=\"2\"/>");
            if (chart.IsControlChart)
            {
                foreach (var limit in new Func<ChartedPoint, decimal?>[] { p => p.Upper, p => p.Lower })
                {
                    var steps = members.Where(p => limit(p) is not null).SelectMany(p => new[] { $"{F(x(p.Date) - 4)},{F(y(limit(p)!.Value))}", $"{F(x(p.Date) + 4)},{F(y(limit(p)!.Value))}" }).ToList();
                    if (steps.Count > 0)
                        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", steps)}\" fill=\"none\" stroke=\"{Grey}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
                }
            }
        }
    }

    private static void DrawPoint(StringBuilder svg, ChartedPoint point, double x, double y)
    {
        if (point.Excluded)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"5\" fill=\"#ffffff\" stroke=\"{Blue}\" stroke-width=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y + 18)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{Grey}\">left out</text>");
        }
        else if (point.Outside)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{F(x)},{F(y - 7)} {F(x + 7)},{F(y)} {F(x)},{F(y + 7)} {F(x - 7)},{F(y)}\" fill=\"{Red}\" stroke=\"{Black}\" stroke-width=\"1\"/>");
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"4\" fill=\"{Blue}\"/>");
        }
    }

    private static void DrawAnnotations(StringBuilder svg, SettingChart chart, Func<DateOnly, double> x, int first, int last)
    {
        var number = 0;
        foreach (var annotation in chart.Annotations)
        {
            number++;
            if (annotation.Date.DayNumber < first || annotation.Date.DayNumber > last)
                continue;
            var at = F(x(annotation.Date));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{at}\" y1=\"{Top - 8}\" x2=\"{at}\" y2=\"{Height - Bottom}\" stroke=\"{Orange}\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{at}\" cy=\"{Top - 18}\" r=\"10\" fill=\"{Orange}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at}\" y=\"{Top - 14}\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"{Black}\">{number}</text>");
        }
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(string text) => WebUtility.HtmlEncode(text);
}
