using Ascent.Web.Data;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Screening;
using Ascent.Web.Services.Instruments;
using Ascent.Web.Services.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Screening.Round;

/// The room view of a round: each scale's distribution on its own, the red, amber and green counts and the change
/// since the room's previous round (from the rounds' aggregates, which the local authority sees too), then for the
/// setting's own staff the red and amber children with their action points. The room's action points follow.
public sealed class IndexModel(AppDbContext db, TimeProvider time, ScreeningService screening, InstrumentDefinitions instruments) : ScreeningPage(db, time)
{
    /// The export's "include names" box: off unless the setting ticks it.
    public bool Names { get; set; }

    public ScreeningSummary Summary { get; private set; } = ScreeningSummary.Empty;

    public ScreeningRound? Previous { get; private set; }

    public ResponseScale Scale { get; private set; } = ResponseScale.None;

    /// Red first, then amber, each by code. Empty for anyone but the setting's own staff.
    public List<ChildNeedingAction> Children { get; private set; } = [];

    public List<RoomActionPoint> RoomActions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadRoundAsync(id, cancellationToken))
            return NotFound();
        Summary = Round.Summary;
        Previous = await screening.PreviousAsync(Round, cancellationToken);
        Scale = (await instruments.CurrentAsync("leuven", cancellationToken))?.Scale ?? ResponseScale.None;
        RoomActions = await Db.RoomActionPoints.AsNoTracking().Where(a => a.RoundId == id).OrderBy(a => a.ReviewOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        if (CanEdit)
            await LoadChildrenAsync(id, cancellationToken);
        return Page();
    }

    public string Level(int level) => Scale.Describe(level);

    private async Task LoadChildrenAsync(int id, CancellationToken cancellationToken)
    {
        // A room's scores are a few dozen rows: the band is LeuvenBands' rule, applied here rather than copied into SQL.
        var scored = await (from score in Db.ChildScores.AsNoTracking()
                            join child in Db.ScreenedChildren.AsNoTracking() on score.ChildId equals child.Id
                            where score.RoundId == id
                            select new { child, score }).ToListAsync(cancellationToken);
        var actions = await Db.ChildActionPoints.AsNoTracking().Where(a => a.RoundId == id)
            .OrderBy(a => a.ReviewOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        Children = [.. scored.Where(s => s.score.Band.NeedsAction()).Select(s => new ChildNeedingAction(s.child, s.score, [.. actions.Where(a => a.ChildId == s.child.Id)]))
            .OrderBy(c => c.Score.Band, LeuvenBands.MostUrgentFirst).ThenBy(c => c.Child.Code, StringComparer.Ordinal)];
    }
}

public sealed record ChildNeedingAction(ScreenedChild Child, ChildScore Score, IReadOnlyList<ChildActionPoint> Actions);
