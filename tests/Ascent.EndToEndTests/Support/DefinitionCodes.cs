using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Ascent.EndToEndTests.Support;

/// The codes Ascent's definition files (frameworks/, pathways/, funding/, instruments/, quality-marks/) give things: frameworks, areas,
/// grades, standings, pathways, task keys, audits, funding rules, entitlements, events, instruments, their subscales and
/// respondent groups. A code is stored and read by Ascent, never shown: every page says the name the same file gives
/// it. These are the codes CodeScan looks for on pages.
public static partial class DefinitionCodes
{
    /// The folders of YAML Ascent loads at start-up, as copied beside the tests (or in the repository).
    public static readonly string[] Folders = ["frameworks", "pathways", "funding", "instruments", "quality-marks"];

    // Keys whose value is a code; any other value counts as a code when it looks like one (lower-case words joined
    // by hyphens, such as a grade named in a judgement condition or an entitlement in a list).
    private static readonly HashSet<string> CodeKeys = new(StringComparer.Ordinal) { "code", "key", "id" };

    // Lists of codes: a stage's audits, a rule's entitlements, the grades a judgement condition matches, enforcement notices.
    private static readonly HashSet<string> CodeListKeys = new(StringComparer.Ordinal) { "audits", "entitlements", "overall", "any_area", "all_areas", "enforcement_kinds" };

    private static readonly Lazy<IReadOnlySet<string>> Shipped = new(() => FromFiles(Folders.SelectMany(YamlFiles)));

    /// Every code in the definition files Ascent ships.
    public static IReadOnlySet<string> All => Shipped.Value;

    /// The codes in these YAML files that a page must never show. A code that the files' own prose (names, labels,
    /// reasons, focus) uses as a word is an ordinary word ("safeguarding", "meeting", "two-year-old") and is left to the
    /// pages; "sstew" stays a code because prose only writes "SSTEW". Numbers ("1", "2.1.3") are grades
    /// and standards that pages show as numbers; "1.1.2" and "Suspension" are not code-shaped, "WelfareRequirementsNotice" is.
    public static IReadOnlySet<string> FromFiles(IEnumerable<string> files)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var prose = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
                stream.Load(reader);
            foreach (var document in stream.Documents)
                Collect(document.RootNode, null, codes, prose);
        }

        // A single word is ordinary when the prose uses it in any letters but capitals ("Meeting NQS" makes "meeting" a
        // word); capitals are an acronym ("a SSTEW audit" leaves "sstew" a code).
        var words = prose.Where(w => w != w.ToUpperInvariant()).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return codes.Where(c => (LowerCasePattern().IsMatch(c) || CamelCasePattern().IsMatch(c)) && LetterPattern().IsMatch(c) && !prose.Contains(c)
                && (c.Contains('-', StringComparison.Ordinal) || !words.Contains(c.ToLowerInvariant())))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static void Collect(YamlNode node, string? key, HashSet<string> codes, HashSet<string> prose)
    {
        switch (node)
        {
            case YamlMappingNode map:
                // A single-word code that is its own display name ("safeguarding", named "Safeguarding") is a word.
                var shown = Scalar(map, "name") ?? Scalar(map, "label");
                foreach (var (name, value) in map.Children)
                {
                    if (value is YamlScalarNode { Value: { } code } && (name as YamlScalarNode)?.Value is { } k && CodeKeys.Contains(k)
                        && !code.Contains('-', StringComparison.Ordinal) && string.Equals(code, shown, StringComparison.OrdinalIgnoreCase))
                        prose.Add(code);
                    Collect(value, (name as YamlScalarNode)?.Value, codes, prose);
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                    Collect(item, key, codes, prose);
                break;
            case YamlScalarNode { Value: { Length: > 0 } value }:
                if ((key is not null && (CodeKeys.Contains(key) || CodeListKeys.Contains(key))) || CodePattern().IsMatch(value))
                    codes.Add(value.Trim());
                else
                    prose.UnionWith(WordPattern().Matches(value).Select(m => m.Value));
                break;
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<string> YamlFiles(string folder)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, folder);
        var path = Directory.Exists(beside) ? beside : Path.Combine(RepositoryRoot(), folder);
        return Directory.GetFiles(path, "*.yaml").Order(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ascent.slnx")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Neither the definition files nor the repository were found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex CodePattern();

    // Words as prose writes them, hyphenated ones included ("two-year-old", "well-being").
    [GeneratedRegex("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[a-z]")]
    private static partial Regex LetterPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex LowerCasePattern();

    // An enforcement notice's code, "WelfareRequirementsNotice"; a single capitalised word ("Suspension") is English.
    [GeneratedRegex("^[A-Z][a-z0-9]+([A-Z][a-z0-9]+)+$")]
    private static partial Regex CamelCasePattern();

}
