using Ascent.Web.Domain.Definitions;
using YamlDotNet.Core;

namespace Ascent.Web.Domain.Frameworks;

/// Every framework shipped in frameworks/, loaded once at start-up. Adding a framework is adding a file:
/// nothing here knows any framework by name.
public sealed class FrameworkRegistry
{
    private readonly Dictionary<string, Framework> _byCode;

    private FrameworkRegistry(IReadOnlyList<Framework> frameworks)
    {
        All = frameworks;
        _byCode = frameworks.ToDictionary(f => f.Code, StringComparer.Ordinal);
        Standings = [.. frameworks.SelectMany(f => f.StandingRules).Select(r => r.Standing).Distinct()
            .Append(Standing.NotKnown).Append(Standing.NotYetInspected)
            .OrderBy(s => s.Band)];
    }

    public IReadOnlyList<Framework> All { get; }

    /// Every standing any framework gives, once each, band by band (best first), "Not yet inspected" last: the rows
    /// of a count by standing and the choices of a filter.
    public IReadOnlyList<Standing> Standings { get; }

    /// The standing with this code; NotYetInspected for null, NotKnown for a code no framework gives (any longer).
    public Standing FindStanding(string? code) =>
        code is null ? Standing.NotYetInspected : Standings.FirstOrDefault(s => s.Code == code) ?? Standing.NotKnown;

    /// The standing an inspection gives under its framework: `grades` are its area grades (the overall judgement's
    /// area, if it is among them, is left out).
    public Standing StandingOf(string frameworkCode, string? overallGrade, IEnumerable<KeyValuePair<string, string>> grades)
    {
        if (!TryGet(frameworkCode, out var framework))
            return Standing.NotKnown;
        return framework.StandingOf(overallGrade, grades.Where(g => g.Key != framework.HeadlineAreaCode).Select(g => g.Value));
    }

    /// Throws on the first file that is invalid on its own or clashes with an earlier one, so a bad
    /// definition stops start-up instead of showing wrong grades later.
    public static FrameworkRegistry LoadFromDirectory(string path)
    {
        // Sorted so that "the first invalid file" is the same on every machine.
        var files = Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new InvalidOperationException($"No framework definitions (*.yaml) found in {path}.");

        var loaded = new List<LoadedFramework>();
        foreach (var file in files)
        {
            var next = FrameworkLoader.Read(File.ReadAllText(file), file);
            CheckAgainstEarlierFiles(next, loaded);
            loaded.Add(next);
        }

        return new FrameworkRegistry([.. loaded.Select(l => l.Framework)]);
    }

    public Framework Get(string code) =>
        _byCode.TryGetValue(code, out var framework)
            ? framework
            : throw new KeyNotFoundException($"No framework with code '{code}'.");

    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Framework? framework) =>
        _byCode.TryGetValue(code, out framework);

    /// The framework a regulator inspected under on a date, e.g. Ofsted's EIF for 2021-03-04; null when
    /// none of ours covers it. Frameworks with select_by_date: false (compliance outcomes) are never chosen.
    public Framework? ForInspectionDate(string regulator, DateOnly date) =>
        All.SingleOrDefault(f => f.SelectByDate && SameRegulator(f, regulator) && f.IsInForceOn(date));

    private static void CheckAgainstEarlierFiles(LoadedFramework next, List<LoadedFramework> earlier)
    {
        var framework = next.Framework;
        if (earlier.FirstOrDefault(e => e.Framework.Code == framework.Code) is { } twin)
            throw Clash(next, next.CodeAt, $"framework code '{framework.Code}' is already used by {twin.File}.");

        // Frameworks share a standing by sharing its code, so that counts add them up: it must read the same in each.
        foreach (var standing in framework.StandingRules.Select(r => r.Standing))
        {
            var other = earlier.SelectMany(e => e.Framework.StandingRules.Select(r => (e.File, r.Standing)))
                .FirstOrDefault(o => o.Standing.Code == standing.Code && o.Standing != standing);
            if (other.Standing is not null)
            {
                throw Clash(next, next.CodeAt,
                    $"standing '{standing.Code}' is \"{standing.Label}\" ({standing.Band}) here but \"{other.Standing.Label}\" ({other.Standing.Band}) in {other.File}; a shared standing must read the same.");
            }
        }

        // Two dated frameworks of one regulator in force on the same day would make ForInspectionDate guess.
        if (!framework.SelectByDate)
            return;

        var clash = earlier.FirstOrDefault(e =>
            e.Framework.SelectByDate
            && SameRegulator(e.Framework, framework.Regulator)
            && Start(e.Framework) <= End(framework)
            && Start(framework) <= End(e.Framework));
        if (clash is not null)
        {
            throw Clash(next, next.DatesAt,
                $"the dates of '{framework.Code}' overlap those of '{clash.Framework.Code}' ({clash.File}) for {framework.Regulator}; set select_by_date: false on one of them or correct the dates.");
        }
    }

    private static DefinitionException Clash(LoadedFramework file, Mark at, string reason) =>
        new(file.File, at.Line, at.Column, reason);

    private static bool SameRegulator(Framework framework, string regulator) =>
        string.Equals(framework.Regulator, regulator, StringComparison.OrdinalIgnoreCase);

    private static DateOnly Start(Framework framework) => framework.ValidFrom ?? DateOnly.MinValue;

    private static DateOnly End(Framework framework) => framework.ValidTo ?? DateOnly.MaxValue;
}
