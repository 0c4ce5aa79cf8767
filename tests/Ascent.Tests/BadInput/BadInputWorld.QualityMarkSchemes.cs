using Ascent.Tests.Support;

namespace Ascent.Tests.BadInput;

/// The quality mark's scheme upload, as the LA's administrator (a coordinator role).
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkSchemePages => ["/quality-mark/schemes"];

    private static List<Target> QualityMarkSchemeTargets => [new(TestWorld.AdminA, "/quality-mark/schemes")];
}
