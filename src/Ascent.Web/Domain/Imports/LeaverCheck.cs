using System.Globalization;

namespace Ascent.Web.Domain.Imports;

/// How many of the settings Ascent holds in an import's scope would leave the register, and whether that is so many
/// that the person must confirm it first. A partial file (one segment of a split publication, five rows of an LA's
/// 325) looks exactly like a register that lost most of its settings; only the person importing knows which it is.
/// See docs/adr/0005-register-imports.md.
/// Held: settings on the register (not already left) for the local authorities in scope. Leaving: those of them the
/// file does not have. Unidentified: rejected rows whose URN could not be read (any leaver may be one of them).
/// Scope: "Kent", or "these 153 local authorities".
public sealed record LeaverCheck(int Held, int Leaving, int Unidentified, string Scope)
{
    /// More than this many leavers needs confirming, however large the register.
    public const int MostWithoutConfirming = 20;

    /// More than this share of the register (in percent) leaving needs confirming, however small the register.
    public const int MostPercentWithoutConfirming = 5;

    public static LeaverCheck None { get; } = new(0, 0, 0, "");

    public int InFile => Held - Leaving;

    /// Either limit exceeded is enough; and any leaver at all when a rejected row cannot be told apart from them.
    public bool NeedsConfirmation =>
        Leaving > MostWithoutConfirming
        || Leaving * 100 > Held * MostPercentWithoutConfirming
        || (Leaving > 0 && Unidentified > 0);

    /// True when the import may go ahead: no confirmation needed and none given, or exactly the number that leaves
    /// confirmed. A number other than that is always refused: the person expected a different file.
    public bool IsConfirmedBy(int? confirmed) => confirmed is null ? !NeedsConfirmation : confirmed == Leaving;

    public string Warning
    {
        get
        {
            var warning = Text($"This file has {InFile:N0} of the {Held:N0} settings Ascent holds for {Scope}. If it is the whole register, confirm that {Leaving:N0} {Settings(Leaving)} left the register; if it is not, import the whole file (every segment of a publication split into several) instead.");
            return Unidentified == 0 ? warning
                : warning + Text($" {Unidentified:N0} rejected {(Unidentified == 1 ? "row has" : "rows have")} no readable URN, so Ascent cannot tell whether {(Unidentified == 1 ? "it is" : "they are")} among them.");
        }
    }

    /// Why the import stopped: a confirmation needed and not given, or a number other than the one the check found.
    public string Refusal(int? confirmed) => confirmed is null
        ? Warning
        : Text($"You confirmed that {confirmed:N0} {Settings(confirmed.Value)} left the register, but this file would mark {Leaving:N0} as having left: check the file again. ") + Warning;

    private static string Settings(int count) => count == 1 ? "setting has" : "settings have";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

