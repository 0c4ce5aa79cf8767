using System.Text;

namespace Ascent.Tests.BadInput;

/// The licensed-texts and past-audits upload forms: CSV files, refused whole when bad.
internal static class TransferUploads
{
    public static bool Is(string action) =>
        action.StartsWith("/instruments/", StringComparison.Ordinal) || action.StartsWith("/audits/import", StringComparison.Ordinal);

    public static byte[] GoodFile(string action) => Encoding.UTF8.GetBytes(action.StartsWith("/instruments/", StringComparison.Ordinal)
        ? "Item,Indicator,Not applicable allowed,Text\n1,1.1,N,Indicator text 1.1 for item 1\n"
        : "URN,Date,Room,Instrument,Observer,Item,Score\nEY100001,2025-01-06,,ecers-3,Jo Adams,1,5\n");
}
