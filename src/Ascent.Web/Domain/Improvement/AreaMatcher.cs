using Ascent.Web.Domain.Frameworks;

namespace Ascent.Web.Domain.Improvement;

/// Which area of a framework a piece of text (an inspection's action, a visit's agreed action) is most likely about,
/// by the words it shares with each area's name, keywords and guidance, compared stem to stem ("supervising" and
/// "supervision" are one word). A word of the name or the keywords counts 2, of the guidance 1; common words count
/// nothing. The best area wins only with at least 2 points and more than any other: when nothing matches well, or two
/// areas match equally, there is no match, and the person chooses.
public static class AreaMatcher
{
    public const int NameWeight = 2;
    public const int GuidanceWeight = 1;
    public const int LeastScore = 2;

    // Words every action or area says, which tell one area from another not at all.
    private static readonly HashSet<string> CommonWords = new(
        [
            "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "been", "being", "by", "can", "do", "does", "for",
            "from", "has", "have", "how", "in", "into", "is", "it", "its", "of", "on", "or", "so", "such", "than", "that", "the",
            "their", "them", "there", "these", "they", "this", "those", "to", "what", "when", "where", "which", "who", "why",
            "with", "you", "your", "every", "each", "other", "more", "most", "well", "also", "further", "better", "make", "makes",
            "ensure", "ensures", "improve", "improves", "develop", "provider", "setting", "settings", "child", "children",
            "childrens", "staff", "practitioner", "practitioners", "adult", "adults", "know", "help", "helps", "use", "good",
            "effective", "effectively", "consistently", "consistent", "regular", "regularly", "year", "years", "old", "olds",
            "two", "three", "four", "age", "aged",
        ],
        StringComparer.Ordinal);

    // Longest first, so "ations" is tried before "s".
    private static readonly string[] Suffixes = ["ations", "ation", "ments", "ment", "ings", "ions", "ing", "ion", "ies", "ied", "ed", "es", "ly", "s"];

    // The common words' stems too, so "improving" is as common as "improve".
    private static readonly HashSet<string> CommonStems = CommonWords.Select(Stem).ToHashSet(StringComparer.Ordinal);

    /// The best-matching area of those given, or null when none matches well enough.
    public static FrameworkArea? Best(string text, IEnumerable<FrameworkArea> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var words = Stems(text).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
            return null;
        var scored = areas.Select(a => (Area: a, Score: Score(words, a))).OrderByDescending(s => s.Score).Take(2).ToList();
        if (scored.Count == 0 || scored[0].Score < LeastScore)
            return null;
        return scored.Count > 1 && scored[1].Score == scored[0].Score ? null : scored[0].Area;
    }

    /// The text's points for an area: for each of its distinct stems, the weight of the heaviest place the area has it.
    public static int Score(IReadOnlySet<string> stems, FrameworkArea area)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(area);
        var named = Stems(area.Name).Concat((area.Keywords ?? []).SelectMany(Stems)).ToHashSet(StringComparer.Ordinal);
        var guided = Stems(area.Guidance).ToHashSet(StringComparer.Ordinal);
        return stems.Sum(s => named.Contains(s) ? NameWeight : guided.Contains(s) ? GuidanceWeight : 0);
    }

    /// The text's words, lower case, common words left out, each cut to its stem.
    public static IEnumerable<string> Stems(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            yield break;
        foreach (var word in Words(text.ToLowerInvariant().Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal)))
        {
            if (word.Length < 3 || CommonWords.Contains(word))
                continue;
            var stem = Stem(word);
            if (!CommonStems.Contains(stem))
                yield return stem;
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsAsciiLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// A light stem: a common ending taken off while three letters stay, a doubled last letter made single
    /// ("planned", "plan") and a final e dropped ("routine", "routines").
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = word;
        foreach (var suffix in Suffixes)
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= 3 && !(suffix == "s" && stem.EndsWith("ss", StringComparison.Ordinal)))
            {
                stem = stem[..^suffix.Length] + (suffix is "ies" or "ied" ? "y" : "");
                break;
            }
        }

        if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('s' or 'l'))
            stem = stem[..^1];
        if (stem.Length > 3 && stem[^1] == 'e')
            stem = stem[..^1];
        return stem;
    }
}
