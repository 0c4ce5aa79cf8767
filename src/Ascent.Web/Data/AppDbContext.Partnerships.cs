using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Partnerships (docs/partnerships.md): the LA's kinds of partnership, its partnerships and their members. Partnerships
/// and members are filtered by hand (AppDbContext.Filters): a setting sees only the partnerships it belongs to.
public abstract partial class AppDbContext
{
    public DbSet<PartnershipKind> PartnershipKinds => Set<PartnershipKind>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<PartnershipMember> PartnershipMembers => Set<PartnershipMember>();
}
