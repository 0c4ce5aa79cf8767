using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ascent.Web.Services.Imports;

/// SHA-256 of every field of a record, each written as invariant text followed by U+001F, inspections in key order
/// and their grades in area order. Settings store it as SourceHash, so the bytes hashed must never change: a new
/// format would make every setting look changed on the next import. RegisterHashTests keeps the original,
/// StringBuilder-based form to compare with. This one writes UTF-8 straight into one buffer, without boxing or sorting
/// with LINQ, because it runs once per row of every import (docs/performance.md).
internal static class RegisterHash
{
    public static string Of(RegisterRecord r)
    {
        var text = new Utf8Text(ArrayPool<byte>.Shared.Rent(1024));
        try
        {
            text.Add(r.Regulator); text.Add(r.Reference); text.Add(r.LocalAuthority); text.Add(r.ProviderType); text.Add(r.Name);
            text.Add(r.RegisteredOn); text.Add(r.ProviderSubtype); text.Add(r.ProviderStatus); text.Add(r.RegisterCombination);
            text.Add(r.EarlyYearsRegister); text.Add(r.CompulsoryChildcareRegister); text.Add(r.VoluntaryChildcareRegister);
            text.Add(r.RegisteredPersonReference); text.Add(r.RegisteredPersonName); text.Add(r.AddressLine1); text.Add(r.AddressLine2);
            text.Add(r.AddressLine3); text.Add(r.Town); text.Add(r.Postcode); text.Add(r.Telephone); text.Add(r.ParliamentaryConstituency);
            text.Add(r.Region); text.Add(r.OfstedRegion); text.Add(r.DeprivationBand); text.Add(r.Sector); text.Add(r.Places);
            text.Add(r.PlacesIncludingEstimates);
            AddInspections(ref text, r.Inspections);

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(text.Written, hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            text.Return();
        }
    }

    private static void AddInspections(ref Utf8Text text, IReadOnlyList<RegisterInspection> inspections)
    {
        if (inspections.Count == 0)
            return;
        // A stable insertion sort by key, as OrderBy was: a row has a handful of inspections at most.
        var keys = new string[inspections.Count];
        Span<int> order = inspections.Count <= 16 ? stackalloc int[inspections.Count] : new int[inspections.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = inspections[i].Key;
            var at = i;
            while (at > 0 && string.CompareOrdinal(keys[order[at - 1]], keys[i]) > 0)
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = i;
        }

        foreach (var index in order)
        {
            var inspection = inspections[index];
            text.Add(keys[index]); text.Add(inspection.FrameworkCode); text.Add(inspection.Date); text.Add(inspection.InspectionType);
            text.Add(inspection.OverallGrade);
            AddGrades(ref text, inspection.Grades);
        }
    }

    // A dictionary's keys are distinct, so "the smallest key after the last one written" visits them in order
    // without a copy to sort; there are at most a few grades per inspection.
    private static void AddGrades(ref Utf8Text text, IReadOnlyDictionary<string, string> grades)
    {
        string? last = null;
        for (var written = 0; written < grades.Count; written++)
        {
            KeyValuePair<string, string>? next = null;
            foreach (var grade in grades)
            {
                if ((last is null || string.CompareOrdinal(grade.Key, last) > 0)
                    && (next is null || string.CompareOrdinal(grade.Key, next.Value.Key) < 0))
                    next = grade;
            }

            text.Add(next!.Value.Key);
            text.Add(next.Value.Value);
            last = next.Value.Key;
        }
    }

    /// The bytes to hash, growing as needed. Each value is written as Convert.ToString(value, InvariantCulture) wrote
    /// it (null as nothing, bool as True/False, a date as MM/dd/yyyy), then the separator.
    private struct Utf8Text(byte[] buffer)
    {
        private const byte Separator = 0x1f;
        private const int LongestNumberOrDate = 16;

        private byte[] _buffer = buffer;
        private int _length;

        public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Add(string? value)
        {
            if (value is not null)
            {
                Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
                _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
            }

            End();
        }

        public void Add(bool? value)
        {
            if (value is { } flag)
                Append(flag ? "True"u8 : "False"u8);
            End();
        }

        public void Add(int? value)
        {
            if (value is { } number)
                AddFormatted(number);
            End();
        }

        public void Add(DateOnly? value)
        {
            if (value is { } date)
                AddFormatted(date);
            End();
        }

        private void AddFormatted<T>(T value)
            where T : IUtf8SpanFormattable
        {
            Reserve(LongestNumberOrDate);
            value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(_buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        private void End()
        {
            Reserve(1);
            _buffer[_length++] = Separator;
        }

        private void Reserve(int count)
        {
            if (_length + count <= _buffer.Length)
                return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        public readonly void Return() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
