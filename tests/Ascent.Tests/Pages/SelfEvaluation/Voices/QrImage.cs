using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Ascent.Tests.Pages.SelfEvaluation.Voices;

/// Reads a QR code drawn as an SVG data: URI back into its text, as a phone's camera would: the SVG's dark modules
/// are drawn into a greyscale image and ZXing decodes that.
internal static partial class QrImage
{
    private const int Scale = 4;

    public static string Decode(string dataUri)
    {
        const string prefix = "data:image/svg+xml;base64,";
        Assert.StartsWith(prefix, dataUri, StringComparison.Ordinal);
        var svg = Encoding.UTF8.GetString(Convert.FromBase64String(dataUri[prefix.Length..]));
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        var width = size * Scale;
        var pixels = Enumerable.Repeat((byte)255, width * width).ToArray();
        var runs = Run().Matches(svg);
        Assert.NotEmpty(runs);
        foreach (Match run in runs)
        {
            var (x, y, length) = (Number(run, 1), Number(run, 2), Number(run, 3));
            for (var dy = 0; dy < Scale; dy++)
            {
                for (var dx = 0; dx < length * Scale; dx++)
                    pixels[((y * Scale) + dy) * width + (x * Scale) + dx] = 0;
            }
        }

        // A drawn code is square and clean, as PURE_BARCODE expects: no finding it in a photograph.
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true, [DecodeHintType.TRY_HARDER] = true };
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, width, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(bitmap, hints)?.Text ?? throw new InvalidOperationException($"The QR code could not be read:\n{svg}");
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"viewBox=""0 0 (\d+) \d+""")]
    private static partial Regex ViewBox();

    // QRCoder draws each horizontal run of dark modules as "M{x} {y}h{length}v1h-{length}z".
    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\d+z")]
    private static partial Regex Run();
}
