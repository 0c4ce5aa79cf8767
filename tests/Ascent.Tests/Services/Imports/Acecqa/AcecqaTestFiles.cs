using System.Text;
using Ascent.Web.Services.Imports;
using Ascent.Web.Services.Imports.Acecqa;

namespace Ascent.Tests.Services.Imports.Acecqa;

/// Builds small register files for the tests: a realistic subset of the national register's 98 columns with one
/// made-up, valid service that a test changes. ACECQA's own register is never copied here (its terms of use).
internal static class AcecqaTestFiles
{
    public static readonly string[] Header =
    [
        "ServiceApprovalNumber", "Provider Approval Number", "ServiceName", "ProviderLegalName", "ServiceType", "ServiceAddress",
        "Suburb", "State", "Postcode", "Phone", "Fax", "Conditions on Approval", "NumberOfApprovedPlaces", "ServiceApprovalGrantedDate",
        "QualityArea1Rating", "QualityArea2Rating", "QualityArea3Rating", "QualityArea4Rating", "QualityArea5Rating", "QualityArea6Rating",
        "QualityArea7Rating", "OverallRating", "RatingsIssued", "PreviousQualityArea1Rating", "PreviousQualityArea2Rating",
        "PreviousQualityArea3Rating", "PreviousQualityArea4Rating", "PreviousQualityArea5Rating", "PreviousQualityArea6Rating",
        "PreviousQualityArea7Rating", "PreviousOverallRating", "PreviousRatingsIssued", "Last Visit Date", "Long Day Care",
        "Preschool/Kindergarten - Part of a School", "Preschool/Kindergarten - Stand alone", "Outside school Hours Care - After School",
        "Outside school Hours Care - Before School", "Outside school Hours Care - Vacation Care", "Other", "Temporarily Closed",
    ];

    public static readonly string[] QualityAreaColumns =
        ["QualityArea1Rating", "QualityArea2Rating", "QualityArea3Rating", "QualityArea4Rating", "QualityArea5Rating", "QualityArea6Rating", "QualityArea7Rating"];

    public static readonly string[] PreviousQualityAreaColumns = [.. QualityAreaColumns.Select(column => "Previous" + column)];

    /// A long day care centre approved in 2015 and not yet rated; tests add or change cells by column name.
    public static Dictionary<string, string> Row(params (string Column, string Value)[] changes)
    {
        var row = Header.ToDictionary(column => column, _ => "");
        row["ServiceApprovalNumber"] = "SE-90000101";
        row["Provider Approval Number"] = "PR-90000011";
        row["ServiceName"] = "Example Early Learning Centre";
        row["ProviderLegalName"] = "Example Early Learning Pty Ltd";
        row["ServiceType"] = "Centre-Based Care";
        row["ServiceAddress"] = "1 Example Street";
        row["Suburb"] = "Exampleton";
        row["State"] = "NSW";
        row["Postcode"] = "2999";
        row["NumberOfApprovedPlaces"] = "60";
        row["ServiceApprovalGrantedDate"] = "01/07/2015";
        row["Long Day Care"] = "Yes";
        foreach (var column in Header.Where(column => column.StartsWith("Preschool", StringComparison.Ordinal) || column.StartsWith("Outside", StringComparison.Ordinal)))
            row[column] = "No";
        row["Other"] = "No";
        row["Temporarily Closed"] = "No";
        foreach (var (column, value) in changes)
        {
            Assert.True(row.ContainsKey(column), $"No column '{column}' in the test header");
            row[column] = value;
        }
        return row;
    }

    /// Every current (or previous) rating column set to one rating, with the month it was issued.
    public static (string Column, string Value)[] Rated(string rating, string issued, bool previous = false) =>
    [
        .. (previous ? PreviousQualityAreaColumns : QualityAreaColumns).Select(column => (column, rating)),
        (previous ? "PreviousOverallRating" : "OverallRating", rating),
        (previous ? "PreviousRatingsIssued" : "RatingsIssued", issued),
    ];

    public static string Csv(params Dictionary<string, string>[] rows) => Csv(Header, rows);

    public static string Csv(IReadOnlyList<string> header, params Dictionary<string, string>[] rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var row in rows)
            csv.Append(string.Join(',', header.Select(column => Quote(row[column])))).Append('\n');
        return csv.ToString();
    }

    public static RegisterBatch Read(string csv, string fileName = "services.csv") => Read(Encoding.UTF8.GetBytes(csv), fileName);

    public static RegisterBatch Read(byte[] bytes, string fileName = "services.csv") =>
        AcecqaBatchReader.Read([(fileName, () => new MemoryStream(bytes))]);

    public static RegisterRecord ReadOne(params (string Column, string Value)[] changes)
    {
        var batch = Read(Csv(Row(changes)));
        Assert.True(batch.Rejected.Count == 0, string.Join("; ", batch.Rejected.Select(row => row.Reason)));
        return Assert.Single(batch.Records);
    }

    public static string ReadOneError(params (string Column, string Value)[] changes)
    {
        var batch = Read(Csv(Row(changes)));
        Assert.Empty(batch.Records);
        return Assert.Single(batch.Rejected).Reason;
    }

    /// The message of the ImportException a bad file gives: "{file}: {reason}".
    public static string ReadFails(byte[] bytes, string fileName = "services.csv") =>
        Assert.Throws<ImportException>(() => Read(bytes, fileName)).Message;

    public static string ReadFails(string csv) => ReadFails(Encoding.UTF8.GetBytes(csv));

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Services", "Imports", "Acecqa", "Files", name);

    public static RegisterBatch ReadFixture(string name) => AcecqaBatchReader.ReadFiles([FixturePath(name)]);

    private static string Quote(string value) =>
        value.Length == 0 ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
