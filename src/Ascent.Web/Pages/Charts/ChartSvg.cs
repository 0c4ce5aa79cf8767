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
/// A page may draw several charts of five years each, so the SVG is written in one pass into one buffer: coordinates
/// are whole units of the 900 × 380 view box (a point is 8 units wide: a tenth of a unit is invisible and a quarter
/// of the bytes), and what every point shares (colour, size) is said once on a group around them.
public static class ChartSvg
{
    private const int Width = 900, Height = 380, Left = 64, Right = 24, Top = 36, Bottom = 56;
    private const string Blue = "#1d70b8", Red = "#d4351c", Green = "#00703c", Grey = "#505a5f", Black = "#0b0c0c", Orange = "#f47738", Light = "#b1b4b6";
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Draw(SettingChart chart, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Chart.Points;
        var svg = new StringBuilder(2048 + (points.Count * 120));
        svg.Append(Invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" width=\"100%\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        svg.Append(Invariant, $"<title id=\"{id}-title\">{Text(chart.Name)}: {Text(MeasureValueRules.KindName(chart.Chart.Kind).ToLowerInvariant())}</title>");
        svg.Append(Invariant, $"<desc id=\"{id}-desc\">{Text(string.Join(" ", chart.Summary))}</desc>");
        if (points.Count == 0)
        {
            svg.Append(Invariant, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\" font-size=\"16\" fill=\"{Grey}\">No values yet</text></svg>");
            return svg.ToString();
        }

        var scale = Scale.Of(points);
        DrawAxes(svg, scale, points);
        DrawPhases(svg, chart.Chart, scale);
        svg.Append("<polyline points=\"");
        for (var i = 0; i < points.Count; i++)
            svg.Append(Invariant, $"{(i == 0 ? "" : " ")}{scale.X(points[i].Date)},{scale.Y(points[i].Value)}");
        svg.Append(Invariant, $"\" fill=\"none\" stroke=\"{Blue}\" stroke-width=\"1.5\"/>");
        DrawPoints(svg, points, scale);
        DrawAnnotations(svg, chart, scale);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// Where a date and a value fall in the view box, in whole units.
    private sealed class Scale(int first, int last, double low, double high)
    {
        public static Scale Of(IReadOnlyList<ChartedPoint> points)
        {
            var (low, high) = (double.MaxValue, double.MinValue);
            foreach (var point in points)
            {
                foreach (var value in (ReadOnlySpan<decimal?>)[point.Value, point.Centre, point.Lower, point.Upper])
                {
                    if (value is { } v)
                        (low, high) = (Math.Min(low, (double)v), Math.Max(high, (double)v));
                }
            }

            if (high - low < 1e-9)
                (low, high) = (low - 1, high + 1);
            var pad = (high - low) * 0.08;
            return new Scale(points[0].Date.DayNumber, points[^1].Date.DayNumber, low - pad, high + pad);
        }

        public int First => first;

        public int Last => last;

        public double Low => low;

        public double High => high;

        public int X(DateOnly date) => last == first
            ? Left + ((Width - Left - Right) / 2)
            : (int)Math.Round(Left + ((date.DayNumber - first) * (double)(Width - Left - Right) / (last - first)));

        public int Y(decimal value) => (int)Math.Round(Top + ((high - (double)value) * (Height - Top - Bottom) / (high - low)));
    }

    private static void DrawAxes(StringBuilder svg, Scale scale, IReadOnlyList<ChartedPoint> points)
    {
        svg.Append(Invariant, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"{Black}\"/>");
        svg.Append(Invariant, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"{Black}\"/>");
        svg.Append(Invariant, $"<g stroke=\"{Light}\" stroke-width=\"0.5\">");
        for (var i = 0; i <= 4; i++)
        {
            var y = scale.Y((decimal)(scale.Low + ((scale.High - scale.Low) * i / 4)));
            svg.Append(Invariant, $"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\"/>");
        }

        svg.Append(Invariant, $"</g><g font-size=\"12\" fill=\"{Black}\"><g text-anchor=\"end\">");
        for (var i = 0; i <= 4; i++)
        {
            var value = (decimal)(scale.Low + ((scale.High - scale.Low) * i / 4));
            svg.Append(Invariant, $"<text x=\"{Left - 6}\" y=\"{scale.Y(value)}\" dy=\"4\">{ChartNumbers.Display(value)}</text>");
        }

        svg.Append("</g><g text-anchor=\"middle\">");
        var labels = Math.Min(points.Count, 6);
        var previous = -1;
        for (var i = 0; i < labels; i++)
        {
            var index = labels < 6 ? i : (int)Math.Round(i * (points.Count - 1) / 5.0);
            if (index == previous)
                continue;
            previous = index;
            var date = points[index].Date;
            svg.Append(Invariant, $"<text x=\"{scale.X(date)}\" y=\"{Height - Bottom + 20}\">");
            svg.Append(date.ToString("MMM yyyy", British)).Append("</text>");
        }

        svg.Append("</g></g>");
    }

    private static void DrawPhases(StringBuilder svg, Chart chart, Scale scale)
    {
        foreach (var phase in chart.Phases)
        {
            var (from, to) = (scale.X(phase.From), scale.X(phase.To));
            if (phase.Number > 1)
            {
                var before = chart.Points.Last(p => p.Phase == phase.Number - 1);
                var boundary = (scale.X(before.Date) + from) / 2;
                svg.Append(Invariant, $"<line x1=\"{boundary}\" y1=\"{Top - 10}\" x2=\"{boundary}\" y2=\"{Height - Bottom}\" stroke=\"{Grey}\" stroke-width=\"2\"/>");
                svg.Append(Invariant, $"<text x=\"{boundary}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{Grey}\">Phase {phase.Number}</text>");
            }

            if (phase.Centre is { } centre)
                svg.Append(Invariant, $"<line x1=\"{from - 4}\" y1=\"{scale.Y(centre)}\" x2=\"{to + 4}\" y2=\"{scale.Y(centre)}\" stroke=\"{Green}\" stroke-width=\"2\"/>");
            if (chart.IsControlChart)
            {
                DrawLimit(svg, chart, phase.Number, scale, upper: true);
                DrawLimit(svg, chart, phase.Number, scale, upper: false);
            }
        }
    }

    /// A limit as steps: flat across each point, since a P or U chart's limits change with each point's denominator.
    private static void DrawLimit(StringBuilder svg, Chart chart, int phase, Scale scale, bool upper)
    {
        var started = false;
        foreach (var point in chart.Points)
        {
            if (point.Phase != phase || (upper ? point.Upper : point.Lower) is not { } limit)
                continue;
            var (x, y) = (scale.X(point.Date), scale.Y(limit));
            svg.Append(Invariant, $"{(started ? " " : "<polyline points=\"")}{x - 4},{y} {x + 4},{y}");
            started = true;
        }

        if (started)
            svg.Append(Invariant, $"\" fill=\"none\" stroke=\"{Grey}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
    }

    private static void DrawPoints(StringBuilder svg, IReadOnlyList<ChartedPoint> points, Scale scale)
    {
        svg.Append(Invariant, $"<g fill=\"{Blue}\">");
        foreach (var point in points)
        {
            var (x, y) = (scale.X(point.Date), scale.Y(point.Value));
            if (point.Excluded)
            {
                svg.Append(Invariant, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"5\" fill=\"#ffffff\" stroke=\"{Blue}\" stroke-width=\"2\"/>");
                svg.Append(Invariant, $"<text x=\"{x}\" y=\"{y + 18}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{Grey}\">left out</text>");
            }
            else if (point.Outside)
            {
                svg.Append(Invariant, $"<polygon points=\"{x},{y - 7} {x + 7},{y} {x},{y + 7} {x - 7},{y}\" fill=\"{Red}\" stroke=\"{Black}\" stroke-width=\"1\"/>");
            }
            else
            {
                svg.Append(Invariant, $"<circle cx=\"{x}\" cy=\"{y}\" r=\"4\"/>");
            }
        }

        svg.Append("</g>");
    }

    private static void DrawAnnotations(StringBuilder svg, SettingChart chart, Scale scale)
    {
        var number = 0;
        foreach (var annotation in chart.Annotations)
        {
            number++;
            if (annotation.Date.DayNumber < scale.First || annotation.Date.DayNumber > scale.Last)
                continue;
            var at = scale.X(annotation.Date);
            svg.Append(Invariant, $"<line x1=\"{at}\" y1=\"{Top - 8}\" x2=\"{at}\" y2=\"{Height - Bottom}\" stroke=\"{Orange}\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>");
            svg.Append(Invariant, $"<circle cx=\"{at}\" cy=\"{Top - 18}\" r=\"10\" fill=\"{Orange}\"/>");
            svg.Append(Invariant, $"<text x=\"{at}\" y=\"{Top - 14}\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"{Black}\">{number}</text>");
        }
    }

    private static string Text(string text) => WebUtility.HtmlEncode(text);
}
