using System.Globalization;
using System.Text;
using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ascent.Web.Services.Cases;

/// Open cases with their open tasks, one row per task, for managers' monthly reports: the same columns from the
/// web and from the command line.
public sealed class CaseExport(AppDbContext db, TimeProvider time)
{
    public static readonly string[] Columns =
    [
        "Local authority", "URN", "Setting", "Pathway", "Case started", "Improvement Adviser", "Task", "Owner role", "Owner", "Due", "Status", "Overdue",
    ];

    public async Task<List<object?[]>> RowsAsync(int? tenantId, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var tasks = db.CaseTasks.AsNoTracking().Where(t => t.Case!.Status == CaseStatus.Open && t.State == CaseTaskState.Open);
        if (tenantId is not null)
            tasks = tasks.Where(t => t.TenantId == tenantId);
        var rows = await tasks
            .OrderBy(t => t.Case!.Setting!.Name).ThenBy(t => t.CaseId).ThenBy(t => t.DueOn)
            .Select(t => new
            {
                Authority = db.Tenants.Where(x => x.Id == t.TenantId).Select(x => x.Name).FirstOrDefault(),
                t.Case!.Setting!.Reference,
                Setting = t.Case.Setting.Name,
                t.Case.PathwayName,
                t.Case.StartedOn,
                t.Case.AdviserName,
                t.Title,
                t.OwnerRole,
                t.OwnerName,
                t.DueOn,
                t.State,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new object?[]
        {
            r.Authority, r.Reference, r.Setting, r.PathwayName, Iso(r.StartedOn), r.AdviserName, r.Title, r.OwnerRole, r.OwnerName, Iso(r.DueOn),
            r.State.ToString(), r.DueOn < today ? "Yes" : "No",
        })];
    }

    /// Writes the rows and returns how many there were.
    public async Task<int> WriteAsync(int? tenantId, string format, Stream output, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(tenantId, cancellationToken);
        if (format == "xlsx")
        {
            var sheet = rows.Select(row => Columns.Select((column, i) => (column, row[i])).ToDictionary(c => c.column, c => c.Item2));
            await output.SaveAsAsync(sheet, sheetName: "Open cases", cancellationToken: cancellationToken);
            return rows.Count;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Columns.Select(Csv.Field)) + "\r\n");
        foreach (var row in rows)
            await writer.WriteAsync(string.Join(',', row.Select(v => Csv.Field(Convert.ToString(v, CultureInfo.InvariantCulture)))) + "\r\n");
        return rows.Count;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
