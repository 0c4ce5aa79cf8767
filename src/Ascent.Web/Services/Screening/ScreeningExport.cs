using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Screening;

/// A round's scores as CSV for the setting's own records: one row per child screened. Names only when the setting
/// asks for them. The rows come through the query filters, so the local authority's staff could never get one.
public sealed class ScreeningExport(AppDbContext db)
{
    public static string FileName(ScreeningRound round, string roomName) =>
        $"screening {roomName} {round.Name}".ToLowerInvariant().Aggregate(new StringBuilder(), (b, c) => b.Append(char.IsAsciiLetterOrDigit(c) ? c : '-')) + ".csv";

    public async Task<byte[]> CsvAsync(ScreeningRound round, bool includeNames, CancellationToken cancellationToken)
    {
        var rows = await (from score in db.ChildScores.AsNoTracking()
                          join child in db.ScreenedChildren.AsNoTracking() on score.ChildId equals child.Id
                          where score.RoundId == round.Id
                          orderby child.Code
                          select new { child.Code, child.Name, score.WellBeing, score.Involvement }).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("Child code,");
        if (includeNames)
            csv.Append("Name,");
        csv.Append("Well-being,Involvement,Band\r\n");
        foreach (var row in rows)
        {
            csv.Append(Csv.Field(row.Code)).Append(',');
            if (includeNames)
                csv.Append(Csv.Field(row.Name)).Append(',');
            csv.Append(row.WellBeing.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Involvement.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(LeuvenBands.Label(LeuvenBands.Of(row.WellBeing, row.Involvement))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
