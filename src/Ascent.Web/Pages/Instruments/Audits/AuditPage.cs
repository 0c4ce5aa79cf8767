using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.People;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Instruments.Audits;

/// What the pages of one audit share: the audit (found through the query filters, so another LA's or another
/// setting's is not found), the instrument version it started on, where it was observed, and who the signed-in
/// person is to it.
public abstract class AuditPage(AppDbContext db, AuditWork work) : PageModel
{
    protected AppDbContext Db => db;

    protected AuditWork Work => work;

    public Domain.Instruments.Audit Audit { get; private set; } = null!;

    public InstrumentDefinition Instrument { get; private set; } = null!;

    public string SettingName { get; private set; } = "";

    /// "Pre-school room" or "The whole setting".
    public string Where { get; private set; } = "";

    public bool IsJoint => AuditSheets.IsJoint(Audit);

    /// The setting's leaders, its LA's advisers and evaluators: those who may record and correct audits.
    public bool MayRecord => AuditsAccess.Recorders.Any(db.CurrentUser.IsInRole);

    public AuditSheet? MySheet => AuditSheets.Observers(Audit).FirstOrDefault(s => s.PersonId is { } p && p == db.CurrentUser.UserId);

    /// May this person read the answers on a sheet? Their own always; an observer's sheet of a joint observation only
    /// once both observers have marked theirs complete, so each observes independently.
    public bool MayRead(AuditSheet sheet) =>
        sheet == MySheet || !IsJoint || AuditSheets.BothComplete(Audit) || Audit.IsLocked;

    public string Caption => $"{SettingName}, {Where}";

    protected async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await work.FindAsync(id, cancellationToken) is not { } audit || await work.InstrumentOfAsync(audit, cancellationToken) is not { } instrument)
            return false;
        Audit = audit;
        Instrument = instrument;
        SettingName = await db.Settings.Where(s => s.Id == audit.SettingId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        Where = audit.RoomId is { } roomId
            ? await db.Rooms.Where(r => r.Id == roomId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? "a room"
            : "the whole setting";
        return true;
    }

    public static string ModeText(AuditMode mode) => mode == AuditMode.Indicators ? "Indicators ticked, item scores worked out by Ascent" : "Item scores";

    public static bool IsSettingRole(AppDbContext db) => Roles.SettingRoles.Any(db.CurrentUser.IsInRole);
}
