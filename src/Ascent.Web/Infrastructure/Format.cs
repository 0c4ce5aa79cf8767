using System.Globalization;

namespace Ascent.Web.Infrastructure;

/// Dates the GOV.UK way: "22 November 2026", times "2:05pm", in UK time.
public static class Format
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// "10am", "2:30pm": a time of day as GOV.UK writes it.
    public static string Time(TimeOnly time) => time.ToString(time.Minute == 0 ? "htt" : "h:mmtt", British).ToLowerInvariant();

    /// An instant's time of day in the UK: "10:42am".
    public static string Time(DateTimeOffset instant) => Time(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, UkTime).DateTime));

    /// "£12.50", "£0.00": an amount of whole pence as money. Amounts are kept in pence, never as decimals of pounds.
    public static string Pence(long pence) =>
        (pence < 0 ? "-£" : "£") + (Math.Abs(pence) / 100).ToString("#,0", British) + "." + (Math.Abs(pence) % 100).ToString("00", British);

    /// "840 bytes", "12KB", "3.4MB": a file's size as GOV.UK writes it.
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(British, $"{bytes / 1024.0:0}KB"),
        _ => string.Create(British, $"{bytes / (1024.0 * 1024):0.#}MB"),
    };

    /// The instant a day begins in the UK, for "from" and "to" dates people type.
    public static DateTimeOffset StartOfUkDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, UkTime.GetUtcOffset(midnight)).ToUniversalTime();
    }

    public static string DateTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, UkTime);
        return local.ToString("d MMMM yyyy", British) + " at " + local.ToString("h:mmtt", British).ToLowerInvariant();
    }

    /// "10:42am" for an instant on the same UK day as now, else "10:42am on 20 November 2026".
    public static string TimeOrDate(DateTimeOffset instant, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(instant, UkTime);
        var time = Time(instant);
        return local.Date == TimeZoneInfo.ConvertTime(now, UkTime).Date ? time : $"{time} on {local.ToString("d MMMM yyyy", British)}";
    }
}
