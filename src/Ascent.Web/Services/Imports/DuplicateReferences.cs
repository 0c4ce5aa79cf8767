using System.Globalization;

namespace Ascent.Web.Services.Imports;

/// The same URN on more than one row of a file. Identical rows are imported once and the repeats listed; rows that
/// differ cannot both be right, so none of them is imported and the setting is left as it was (not a leaver).
internal static class DuplicateReferences
{
    public sealed record Result(List<RegisterRecord> Records, List<RejectedRow> Rejected, HashSet<string> Untouched);

    public static Result Separate(IReadOnlyList<RegisterRecord> records)
    {
        var byReference = new Dictionary<string, List<RegisterRecord>>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            if (!byReference.TryGetValue(record.Reference, out var rows))
                byReference[record.Reference] = rows = [];
            rows.Add(record);
        }

        if (byReference.Count == records.Count)
            return new Result([.. records], [], []);

        var kept = new List<RegisterRecord>(byReference.Count);
        var rejected = new List<RejectedRow>();
        var untouched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var rows = byReference[record.Reference];
            if (rows.Count == 1)
            {
                kept.Add(record);
                continue;
            }

            var same = rows.Select(r => r.Hash()).Distinct(StringComparer.Ordinal).Count() == 1;
            var where = Lines(rows);
            if (same && ReferenceEquals(rows[0], record))
            {
                kept.Add(record);
                continue;
            }

            if (!same)
                untouched.Add(record.Reference);
            var reason = same
                ? $"Provider URN {record.Reference} is on {where}: the same row twice, imported once (from the first)"
                : $"Provider URN {record.Reference} is on {where} with different details: none of them was imported and the setting was left as it was";
            rejected.Add(Origin(record) with { Reason = reason, Reference = record.Reference, LocalAuthority = record.LocalAuthority });
        }

        return new Result(kept, rejected, untouched);
    }

    private static RejectedRow Origin(RegisterRecord record) => record.Origin ?? new RejectedRow("", 0, "", record.Reference);

    // "lines 3 and 7", or "line 3 of a.csv and line 7 of b.csv" when the rows are in different files.
    private static string Lines(List<RegisterRecord> rows)
    {
        var origins = rows.Select(Origin).ToList();
        var oneFile = origins.Select(o => o.FileName).Distinct(StringComparer.Ordinal).Count() == 1;
        var parts = origins.Select(o => oneFile
            ? o.LineNumber.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"line {o.LineNumber} of {o.FileName}")).ToList();
        var list = parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
        return oneFile ? "lines " + list : list;
    }
}
