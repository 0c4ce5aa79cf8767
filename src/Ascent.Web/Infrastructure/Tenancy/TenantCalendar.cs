using Ascent.Web.Data;
using Ascent.Web.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Infrastructure.Tenancy;

/// The working days of the signed-in person's LA (its nation's bank holidays), read once per request, and today's date.
/// The system administrator, who belongs to no LA, counts in England's.
public sealed class TenantCalendar(AppDbContext db, CurrentUser currentUser, BankHolidays holidays, TimeProvider time)
{
    private WorkingDays? _days;

    public DateOnly Today => time.Today();

    public async Task<WorkingDays> WorkingDaysAsync(CancellationToken cancellationToken = default)
    {
        if (_days is not null)
            return _days;
        var nation = currentUser.TenantId is { } tenantId
            ? await db.Tenants.IgnoreQueryFilters().Where(t => t.Id == tenantId).Select(t => t.Nation).SingleOrDefaultAsync(cancellationToken)
            : null;
        return _days = holidays.For(nation ?? "England");
    }

    /// The words for a deadline, e.g. "due in 3 working days".
    public async Task<(string Text, DueState State)> DueAsync(DateOnly due, CancellationToken cancellationToken = default) =>
        DueText.For(due, Today, await WorkingDaysAsync(cancellationToken));
}
