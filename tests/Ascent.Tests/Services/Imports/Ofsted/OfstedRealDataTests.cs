using System.Diagnostics;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Ofsted;
using Xunit.Abstractions;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports.Ofsted;

/// Ofsted's real "Childcare providers and inspections as at 31 August 2021" (shared/data, 15 segments, 70,980 rows),
/// with the counts from shared/data/README.md.
public sealed class OfstedRealDataTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_RealFile2021_ReadsEveryProviderWithoutErrors()
    {
        var folder = RealDataDirectory();
        var providers = 0;
        var kent = 0;
        var errors = new List<string>();
        var types = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();

        for (var segment = 1; segment <= 15; segment++)
        {
            var name = $"segment-{segment}.csv";
            using var stream = File.OpenRead(Path.Combine(folder, name));
            foreach (var result in OfstedFileReader.Read(stream, name))
            {
                if (result.Record is not { } provider)
                {
                    errors.Add($"{name} line {result.LineNumber}: {result.Error}");
                    continue;
                }
                providers++;
                if (provider.LocalAuthority == "Kent")
                    kent++;
                types[provider.ProviderType] = types.GetValueOrDefault(provider.ProviderType) + 1;
            }
        }

        clock.Stop();
        output.WriteLine($"{providers + errors.Count:N0} rows in {clock.ElapsedMilliseconds:N0} ms: {(providers + errors.Count) / clock.Elapsed.TotalSeconds:N0} rows/s");
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(20)));
        Assert.Equal(70_980, providers);
        Assert.Equal(2_061, kent);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Childminder"] = 33_683,
                ["Childcare on non-domestic premises"] = 27_378,
                ["Home childcarer"] = 9_685,
                ["Childcare on domestic premises"] = 234,
            },
            types);
    }

    [Fact]
    public void Read_RealFile2021_KeepsTheGradesTheFileGivesAProvider()
    {
        var providers = Find("EY435689", "EY471602", "EY101465");

        // Line 4 of segment 1: inadequate at a 2021 EIF inspection, after an inadequate (EIF) and a requires improvement (CIF) in 2019.
        var nursery = providers["EY435689"];
        Assert.Equal(("Nottinghamshire", "Full day care", 18, new DateOnly(2011, 11, 23)), (nursery.LocalAuthority, nursery.ProviderSubtype, nursery.Places, nursery.RegisteredOn));
        Assert.Equal(
            [
                (OfstedFrameworks.Eif2019, "10136868", new DateOnly(2021, 5, 25), "4"),
                (OfstedFrameworks.Eif2019, "10126727", new DateOnly(2019, 11, 7), "4"),
                (OfstedFrameworks.Cif, "10094908", new DateOnly(2019, 2, 20), "3"),
            ],
            nursery.Inspections.Select(inspection => (inspection.FrameworkCode, inspection.Number!, inspection.Date, inspection.OverallGrade!)));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["overall"] = "4",
                ["quality-of-education"] = "3",
                ["behaviour-and-attitudes"] = "3",
                ["personal-development"] = "4",
                ["leadership-and-management"] = "4",
                ["safeguarding"] = "no",
            },
            nursery.Inspections[0].Grades);

        // Never had a full inspection: only a no-children-on-roll visit, which it met.
        var club = providers["EY471602"];
        var ncor = Assert.Single(club.Inspections);
        Assert.Equal((OfstedFrameworks.Compliance, "1102892", new DateOnly(2017, 11, 14), "No children on roll", "met"),
            (ncor.FrameworkCode, ncor.Number, ncor.Date, ncor.InspectionType, ncor.OverallGrade));

        // Outstanding in 2019 under the CIF: the EIF columns hold "-".
        var outstanding = providers["EY101465"];
        Assert.Equal(new Dictionary<string, string> { ["overall"] = "1" }, outstanding.Inspections[0].Grades);
        Assert.Equal(OfstedFrameworks.Cif, outstanding.Inspections[0].FrameworkCode);
    }

    [Fact]
    public void Read_RealFile2021_TreatsRedactedChildmindersAndVoluntaryRegisterUrnsAsOfstedPublishesThem()
    {
        var folder = RealDataDirectory();
        RegisterRecord? childminder = null;
        RegisterRecord? voluntary = null;
        for (var segment = 1; segment <= 15 && (childminder is null || voluntary is null); segment++)
        {
            using var stream = File.OpenRead(Path.Combine(folder, $"segment-{segment}.csv"));
            foreach (var result in OfstedFileReader.Read(stream, $"segment-{segment}.csv"))
            {
                if (result.Record is { ProviderType: "Childminder", Name: null } provider && childminder is null)
                    childminder = provider;
                if (result.Record is { Reference: "VC374805" } found)
                    voluntary = found;
            }
        }

        Assert.NotNull(childminder);
        Assert.Equal((null, null, null, null), (childminder.Name, childminder.AddressLine1, childminder.Postcode, childminder.Telephone));
        Assert.NotNull(childminder.LocalAuthority);

        // "VC" URNs: providers on the Voluntary Childcare Register only (291 rows in this file).
        Assert.NotNull(voluntary);
        Assert.Equal(("Home childcarer", "VCR only", false, true), (voluntary.ProviderType, voluntary.RegisterCombination, voluntary.EarlyYearsRegister, voluntary.VoluntaryChildcareRegister));
        var cr = Assert.Single(voluntary.Inspections);
        Assert.Equal(("Childcare Register", "met", new DateOnly(2016, 6, 10)), (cr.InspectionType, cr.OverallGrade, cr.Date));
    }

    private static Dictionary<string, RegisterRecord> Find(params string[] urns)
    {
        var found = new Dictionary<string, RegisterRecord>();
        for (var segment = 1; segment <= 15 && found.Count < urns.Length; segment++)
        {
            using var stream = File.OpenRead(Path.Combine(RealDataDirectory(), $"segment-{segment}.csv"));
            foreach (var result in OfstedFileReader.Read(stream, $"segment-{segment}.csv"))
            {
                if (result.Record is { } provider && urns.Contains(provider.Reference))
                    found[provider.Reference] = provider;
            }
        }
        Assert.Equal(urns.Order(), found.Keys.Order());
        return found;
    }
}
