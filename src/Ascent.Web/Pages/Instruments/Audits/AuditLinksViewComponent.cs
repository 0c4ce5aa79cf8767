using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Audits;

/// The audits done at a visit, or for a case task, as short lines (instrument, where, when, result, link): on the
/// visit's page, in its note of visit and on the task page. Drawn by _AuditLinks.cshtml.
public sealed class AuditLinksViewComponent(AppDbContext db, InstrumentDefinitions definitions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? visitId, int? taskId, string heading, string? startUrl)
    {
        var query = db.Audits.AsNoTracking();
        query = visitId is { } visit ? query.Where(a => a.VisitId == visit) : query.Where(a => a.CaseTaskId == taskId);
        var audits = await query.OrderBy(a => a.ObservedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.InstrumentCode, a.InstrumentVersion, a.RoomId, a.ObservedOn, a.Status, a.Total })
            .ToListAsync(HttpContext.RequestAborted);
        var roomIds = audits.Where(a => a.RoomId is not null).Select(a => a.RoomId!.Value).Distinct().ToList();
        // Most visits have no audit, or one of the whole setting: no query for room names then (this is on every visit page).
        var rooms = roomIds.Count == 0 ? new Dictionary<int, string>()
            : await db.Rooms.Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, HttpContext.RequestAborted);
        var lines = new List<AuditLine>();
        foreach (var audit in audits)
        {
            var instrument = await definitions.VersionAsync(audit.InstrumentCode, audit.InstrumentVersion, HttpContext.RequestAborted)
                ?? await definitions.CurrentAsync(audit.InstrumentCode, HttpContext.RequestAborted);
            var where = audit.RoomId is { } room && rooms.TryGetValue(room, out var name) ? name : "the whole setting";
            var result = audit.Status == AuditStatus.Finished ? AuditScoring.DescribeTotal(instrument, audit.Total) : "in progress";
            lines.Add(new(audit.Id, instrument?.Name ?? "An audit", where, audit.ObservedOn, result));
        }

        var show = startUrl is not null && AuditsAccess.Recorders.Any(db.CurrentUser.IsInRole);
        return View("~/Pages/Instruments/Audits/_AuditLinks.cshtml", new AuditLinks(heading, lines, show ? startUrl : null));
    }
}

public sealed record AuditLine(int Id, string Instrument, string Where, DateOnly ObservedOn, string Result);

public sealed record AuditLinks(string Heading, IReadOnlyList<AuditLine> Lines, string? StartUrl);
