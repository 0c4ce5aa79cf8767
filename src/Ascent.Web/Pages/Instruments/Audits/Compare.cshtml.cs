using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.AspNetCore.Mvc;

namespace Ascent.Web.Pages.Instruments.Audits;

/// A joint observation's two sheets side by side, item by item, the differences marked in words, and the
/// agreement for this audit (exact and within one point). Shown only once both observers have completed theirs.
public sealed class CompareModel(AppDbContext db, AuditWork work) : AuditPage(db, work)
{
    public AuditSheet First { get; private set; } = null!;

    public AuditSheet Second { get; private set; } = null!;

    public ObserverAgreement? Agreement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !IsJoint)
            return NotFound();
        var observers = AuditSheets.Observers(Audit);
        (First, Second) = (observers[0], observers[1]);
        if (AuditSheets.BothComplete(Audit) || Audit.IsLocked)
            Agreement = AuditSheets.Comparison(Instrument, Audit);
        return Page();
    }

    /// "Same", "1 point apart", "Differs": in words, so the difference never rests on colour.
    public static string Difference(ItemComparison comparison) =>
        !comparison.BothAnswered ? "Not answered by both"
        : comparison.Same ? "Same"
        : comparison.First.Score is { } a && comparison.Second.Score is { } b ? (Math.Abs(a - b) == 1 ? "Differs by 1 point" : $"Differs by {Math.Abs(a - b)} points")
        : "Differs";

    public static string Share(int count, int compared, int? percent) =>
        percent is { } p ? $"{count} of {compared} items ({p}%)" : "No items answered by both";
}
