using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Buddying (docs/partnerships.md, "Buddying"): pairings between a lead and a supported setting, with their goals and
/// visits (owned), and each LA's limit on how many settings one lead buddies. Pairings are filtered by hand
/// (AppDbContext.Filters): a setting's staff see only the pairings their setting is one side of.
public abstract partial class AppDbContext
{
    public DbSet<BuddyPairing> BuddyPairings => Set<BuddyPairing>();

    public DbSet<BuddyingLimit> BuddyingLimits => Set<BuddyingLimit>();
}
