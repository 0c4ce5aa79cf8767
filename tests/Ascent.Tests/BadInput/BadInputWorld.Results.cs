using System.Globalization;
using Ascent.Tests.Pages.Instruments.Results;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;

namespace Ascent.Tests.BadInput;

public sealed partial class BadInputWorld
{
    /// A finished rating whose results suggest goals, each accepted with a form of its own: the results page's address.
    private static async Task<string> AuditResultsAsync(AscentFixture app, int settingId, DateOnly today)
    {
        var auditId = await app.WithDbAsync(async (db, services) => await ResultsSeed.RatingAsync(db, services, settingId, null, "sstew", today.AddDays(-7),
            [("Ada Adviser", SheetKind.Observer, [2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6, 7, 2, 3])]));
        return $"/audits/{auditId.ToString(CultureInfo.InvariantCulture)}/results";
    }
}
