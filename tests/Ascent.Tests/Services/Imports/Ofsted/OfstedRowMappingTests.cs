using Ascent.Web.Services.Imports;
using static Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles;

namespace Ascent.Tests.Services.Imports.Ofsted;

/// One row at a time: the provider columns, dates and URNs, and the row errors a user sees.
public sealed class OfstedRowMappingTests
{
    [Fact]
    public void Read_WhenDateIsImpossible_ReportsLineAndColumn()
    {
        var results = Read(Csv(Row(), Row(("Registration date", "31/02/2021"))));

        Assert.Equal(3, results[1].LineNumber);
        Assert.Null(results[1].Record);
        Assert.Equal("Column 'Registration date': '31/02/2021' is not a real date (expected DD/MM/YYYY)", results[1].Error);
        Assert.Contains("31/02/2021", results[1].RawLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00/01/2020")]
    [InlineData("29/02/2021")]
    [InlineData("12/13/2020")]
    [InlineData("01/01/1899")]
    [InlineData("01/01/2101")]
    public void Read_WhenDateDoesNotExist_ReportsItIsNotARealDate(string date) =>
        Assert.Equal($"Column 'Most recent full: Inspection date': '{date}' is not a real date (expected DD/MM/YYYY)",
            ReadOneError(("Most recent full: Inspection date", date)));

    [Theory]
    [InlineData("2021-02-03")]
    [InlineData("03/02/21")]
    [InlineData("3 Feb 2021")]
    public void Read_WhenDateIsNotInOfstedFormat_ReportsIt(string date) =>
        Assert.Equal($"Column 'Registration date': '{date}' is not a date (expected DD/MM/YYYY)", ReadOneError(("Registration date", date)));

    [Fact]
    public void Read_WhenDateHasNoLeadingZeros_AcceptsIt() =>
        Assert.Equal(new DateOnly(2019, 9, 1), ReadOne(("Registration date", "1/9/2019")).RegisteredOn);

    [Theory]
    [InlineData("AB123456")]
    [InlineData("12345")]
    [InlineData("EY12345678")]
    [InlineData("EY 123456")]
    [InlineData("RP901956")]
    public void Read_WhenUrnIsNotAnOfstedUrn_ReportsIt(string urn) =>
        Assert.Equal($"Provider URN '{urn}' is not an Ofsted URN", ReadOneError(("Provider URN", urn)));

    [Fact]
    public void Read_WhenUrnIsMissing_ReportsIt() => Assert.Equal("Provider URN is missing", ReadOneError(("Provider URN", " ")));

    [Theory]
    [InlineData(" ey471602 ", "EY471602")]
    [InlineData("319354", "319354")]
    [InlineData("2500123", "2500123")]
    [InlineData("vc374805", "VC374805")]
    public void Read_WhenUrnIsValid_TrimsAndUpperCasesIt(string urn, string expected) =>
        Assert.Equal(expected, ReadOne(("Provider URN", urn)).Reference);

    [Fact]
    public void Read_WhenFieldsAreRedacted_ReturnsNull()
    {
        string[] redacted =
        [
            "Registered person URN", "Registered_Person_Name", "Provider name", "Provider address line 1", "Provider address line 2",
            "Provider address line 3", "Provider town", "Postcode", "Telephone Number",
        ];

        var provider = ReadOne([.. redacted.Select(column => (column, "REDACTED")), ("Provider type", "Childminder")]);

        Assert.All(
            new[] { provider.RegisteredPersonReference, provider.RegisteredPersonName, provider.Name, provider.AddressLine1, provider.AddressLine2, provider.AddressLine3, provider.Town, provider.Postcode, provider.Telephone },
            value => Assert.Null(value));
        Assert.Equal("Childminder", provider.ProviderType);
        Assert.Equal("Kent", provider.LocalAuthority);
    }

    [Fact]
    public void Read_TrimsCellsAndTurnsEmptyCellsIntoNull()
    {
        var provider = ReadOne(("Telephone Number", " 01632 960001 "), ("Provider subtype", ""), ("Region", "  "));

        Assert.Equal("01632 960001", provider.Telephone);
        Assert.Null(provider.ProviderSubtype);
        Assert.Null(provider.Region);
    }

    [Fact]
    public void Read_ReadsEveryIdentityColumn()
    {
        var provider = ReadOne(
            ("Registered person URN", "RP900002"), ("Registered_Person_Name", "Example Ltd"), ("Provider address line 1", "1 High Street"),
            ("Provider address line 2", "Upper Town"), ("Provider address line 3", "Near Market"), ("Provider town", "Exampleton"),
            ("Telephone Number", "01632 960002"), ("Parliamentary constituency", "Maidstone and The Weald"), ("Ofsted region", "South East"),
            ("Deprivation Band", "Least deprived"), ("Individual Register combinations", "EYR-VCR"), ("Provider Compulsory Childcare Register Flag", "N"),
            ("CCR requirements suitability", "-"), ("VCR requirements suitability", "Not Met (enforcement)"));

        Assert.Equal(
            new RegisterRecord
            {
                Regulator = "Ofsted",
                Reference = "EY123456",
                RegisteredOn = new DateOnly(2015, 9, 1),
                ProviderType = "Childcare on non-domestic premises",
                ProviderSubtype = "Full day care",
                ProviderStatus = "Active",
                RegisterCombination = "EYR-VCR",
                EarlyYearsRegister = true,
                CompulsoryChildcareRegister = false,
                VoluntaryChildcareRegister = true,
                RegisteredPersonReference = "RP900002",
                RegisteredPersonName = "Example Ltd",
                Name = "Example Nursery",
                AddressLine1 = "1 High Street",
                AddressLine2 = "Upper Town",
                AddressLine3 = "Near Market",
                Town = "Exampleton",
                Postcode = "AB1 2CD",
                Telephone = "01632 960002",
                ParliamentaryConstituency = "Maidstone and The Weald",
                LocalAuthority = "Kent",
                Region = "South East",
                OfstedRegion = "South East",
                DeprivationBand = "Least deprived",
                Places = 30,
                PlacesIncludingEstimates = 30,
                Inspections = provider.Inspections,
                Origin = new RejectedRow("providers.csv", 2, "", provider.Origin!.RawLine),
            },
            provider);
        Assert.Contains("Not Met (enforcement)", provider.Origin.RawLine, StringComparison.Ordinal);
        Assert.Empty(provider.Inspections);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("12.5")]
    [InlineData("twelve")]
    public void Read_WhenPlacesIsNotAWholeNumber_ReportsIt(string places) =>
        Assert.Equal($"Column 'Places': '{places}' is not a number of places (expected a whole number, 0 or more)", ReadOneError(("Places", places)));

    [Fact]
    public void Read_WhenPlacesIncludingEstimatesIsAnAverage_RoundsIt()
    {
        // Ofsted puts the provider type's average where Places is 0: 46.35 for nurseries in the 2021 file.
        var provider = ReadOne(("Places", "0"), ("Places including estimates", "46.35"));

        Assert.Equal((0, 46), (provider.Places, provider.PlacesIncludingEstimates));
    }

    [Fact]
    public void Read_WhenRegisterFlagIsNotYOrN_ReportsIt() =>
        Assert.Equal("Column 'Provider Early Years Register Flag': 'X' is not valid (expected Y or N)",
            ReadOneError(("Provider Early Years Register Flag", "X")));

    [Theory]
    [InlineData("Provider type")]
    [InlineData("Local authority")]
    public void Read_WhenRequiredCellIsEmpty_ReportsIt(string column) =>
        Assert.Equal($"Column '{column}' is empty", ReadOneError((column, "")));

    [Fact]
    public void Read_WhenSeveralCellsAreBad_ReportsThemAll() =>
        Assert.Equal(
            "Provider URN 'X1' is not an Ofsted URN; Column 'Registration date': '31/02/2021' is not a real date (expected DD/MM/YYYY); "
            + "Column 'Places': 'lots' is not a number of places (expected a whole number, 0 or more)",
            ReadOneError(("Provider URN", "X1"), ("Registration date", "31/02/2021"), ("Places", "lots")));
}
