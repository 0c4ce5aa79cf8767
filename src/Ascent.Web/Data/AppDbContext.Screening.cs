using Ascent.Web.Domain.Screening;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Leuven screening: a setting's children (ISettingPrivate), its rounds per room with their aggregates, the
/// children's scores and the action points (Domain/Screening).
public abstract partial class AppDbContext
{
    public DbSet<ScreenedChild> ScreenedChildren => Set<ScreenedChild>();

    public DbSet<ScreeningRound> ScreeningRounds => Set<ScreeningRound>();

    public DbSet<ChildScore> ChildScores => Set<ChildScore>();

    public DbSet<ChildActionPoint> ChildActionPoints => Set<ChildActionPoint>();

    public DbSet<RoomActionPoint> RoomActionPoints => Set<RoomActionPoint>();
}
