using System.Globalization;
using System.Text.Json;
using Ascent.Web.Domain.Definitions;

namespace Ascent.Web.Domain.Calendar;

/// The bank holidays of each division of the UK, read from calendars/bank-holidays.json (GOV.UK's own format,
/// so an administrator updates it by dropping in the file GOV.UK publishes).
public sealed class BankHolidays
{
    private readonly Dictionary<string, HashSet<DateOnly>> _byDivision;

    public BankHolidays(Dictionary<string, HashSet<DateOnly>> byDivision) => _byDivision = byDivision;

    public static BankHolidays Load(string path) => Parse(File.ReadAllText(path), path);

    public static BankHolidays Parse(string json, string file)
    {
        var byDivision = new Dictionary<string, HashSet<DateOnly>>(StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new DefinitionException(file, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new DefinitionException(file, 1, 1, "the file must be an object of divisions, as GOV.UK publishes it.");
            foreach (var division in document.RootElement.EnumerateObject())
            {
                if (!division.Value.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                    throw new DefinitionException(file, 1, 1, $"division '{division.Name}' has no list of events.");
                var dates = new HashSet<DateOnly>();
                foreach (var item in events.EnumerateArray())
                {
                    var text = item.TryGetProperty("date", out var date) ? date.GetString() : null;
                    if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                        throw new DefinitionException(file, 1, 1, $"division '{division.Name}' has a date '{text}' that is not written yyyy-mm-dd.");
                    dates.Add(day);
                }

                byDivision[division.Name] = dates;
            }
        }

        return new BankHolidays(byDivision);
    }

    /// The division a tenant's nation follows; countries outside the UK have none (weekends only).
    public static string? DivisionOf(string nation) => nation switch
    {
        "England" or "Wales" or "England and Wales" => "england-and-wales",
        "Scotland" => "scotland",
        "Northern Ireland" => "northern-ireland",
        _ => null,
    };

    public WorkingDays For(string nation) =>
        new(DivisionOf(nation) is { } division && _byDivision.TryGetValue(division, out var dates) ? dates : []);

    public IReadOnlyCollection<DateOnly> Dates(string division) => _byDivision.TryGetValue(division, out var dates) ? dates : [];
}
