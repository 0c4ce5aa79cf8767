using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ascent.Web.Infrastructure;

/// TempData lives in a cookie. A message that quotes what someone typed could make that cookie larger than any
/// server accepts in a request header, and every later request would answer 431 until the cookie expired. Every
/// text value is cut to MaxLength here, in one place, whatever page sets it.
public sealed class CappedTempDataProvider(CookieTempDataProvider cookies) : ITempDataProvider
{
    public const int MaxLength = 500;

    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var capped = new Dictionary<string, object>(values.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
            capped[key] = value is string { Length: > MaxLength } text ? string.Concat(text.AsSpan(0, MaxLength - 1), "…") : value;
        cookies.SaveTempData(context, capped);
    }
}
