using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports;

/// Settings keep RegisterHash as their SourceHash: if its bytes changed, every setting would look changed on the next
/// import. The original form of the hash is kept here to prove that the faster one gives the same digests.
public sealed class RegisterHashTests
{
    private static string Original(RegisterRecord r)
    {
        var text = new StringBuilder(512);
        void Add(object? value) => text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001f');
        Add(r.Regulator); Add(r.Reference); Add(r.LocalAuthority); Add(r.ProviderType); Add(r.Name); Add(r.RegisteredOn);
        Add(r.ProviderSubtype); Add(r.ProviderStatus); Add(r.RegisterCombination); Add(r.EarlyYearsRegister);
        Add(r.CompulsoryChildcareRegister); Add(r.VoluntaryChildcareRegister); Add(r.RegisteredPersonReference);
        Add(r.RegisteredPersonName); Add(r.AddressLine1); Add(r.AddressLine2); Add(r.AddressLine3); Add(r.Town);
        Add(r.Postcode); Add(r.Telephone); Add(r.ParliamentaryConstituency); Add(r.Region); Add(r.OfstedRegion);
        Add(r.DeprivationBand); Add(r.Sector); Add(r.Places); Add(r.PlacesIncludingEstimates);
        foreach (var i in r.Inspections.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            Add(i.Key); Add(i.FrameworkCode); Add(i.Date); Add(i.InspectionType); Add(i.OverallGrade);
            foreach (var (area, grade) in i.Grades.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Add(area);
                Add(grade);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static RegisterInspection Inspection(string framework, string? number, DateOnly date, params (string Area, string Grade)[] grades) =>
        new(framework, number, date, "Full inspection", grades.FirstOrDefault().Grade, grades.ToDictionary(g => g.Area, g => g.Grade));

    public static TheoryData<string> Cases() => ["plain", "empty", "unicode", "long", "inspections", "same keys", "ignore case"];

    private static RegisterRecord Case(string name)
    {
        var plain = new RegisterRecord
        {
            Regulator = "Ofsted",
            Reference = "EY123456",
            LocalAuthority = "Kent",
            ProviderType = "Childminder",
            Name = "Little Acorns",
            RegisteredOn = new DateOnly(2015, 1, 5),
            EarlyYearsRegister = true,
            CompulsoryChildcareRegister = false,
            Places = 30,
            PlacesIncludingEstimates = -7,
            Sector = "Childminder",
        };
        return name switch
        {
            "plain" => plain,
            "empty" => new RegisterRecord { Regulator = "", Reference = "", LocalAuthority = "", ProviderType = "" },
            "unicode" => plain with { Name = "Crèche Ümlaut 日本 \U0001F600 \ud800 end", AddressLine1 = "\u001f", Town = "é" },
            "long" => plain with { AddressLine2 = new string('x', 5000), AddressLine3 = new string('é', 3000) },
            "inspections" => plain with
            {
                Inspections =
                [
                    Inspection("ofsted-eif-2019", "2", new DateOnly(2022, 5, 1), ("safeguarding", "yes"), ("overall", "2"), ("quality-of-education", "1")),
                    Inspection("ofsted-compliance", null, new DateOnly(2019, 12, 31), ("outcome", "met")),
                    Inspection("ofsted-cif", "10", new DateOnly(2018, 2, 3)),
                    Inspection("ofsted-compliance", "", new DateOnly(2019, 1, 31), ("Outcome", "met"), ("outcome", "not-met")),
                ],
            },
            "same keys" => plain with
            {
                Inspections =
                [
                    Inspection("ofsted-eif-2019", "7", new DateOnly(2022, 5, 1), ("overall", "2")),
                    Inspection("ofsted-cif", "7", new DateOnly(2012, 5, 1), ("overall", "3")),
                    Inspection("ofsted-cif", "6", new DateOnly(2011, 5, 1), ("overall", "4")),
                ],
            },
            "ignore case" => plain with
            {
                Inspections = [new RegisterInspection("x", null, new DateOnly(2020, 1, 1), "y", null,
                    new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["b"] = "1", ["A"] = "2", ["a-"] = "3" })],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_GivesTheOriginalDigest(string name)
    {
        var record = Case(name);
        Assert.Equal(Original(record), RegisterHash.Of(record));
    }

    [Fact]
    public void Of_GivesTheOriginalDigest_ForEveryRowOfTheRealRegister()
    {
        var files = Enumerable.Range(1, 15).Select(segment => Path.Combine(RealDataDirectory(), $"segment-{segment}.csv")).ToList();
        var batch = OfstedBatchReader.ReadFiles(files);
        Assert.Equal(70_980, batch.Records.Count);
        foreach (var record in batch.Records)
            Assert.Equal(Original(record), RegisterHash.Of(record));
    }
}
