using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Bulletins and questions to the network (docs/partnerships.md): filtered by hand (AppDbContext.Filters), since a
/// setting sees a bulletin only once its setting received it, and a question only of its own partnerships.
public abstract partial class AppDbContext
{
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();

    public DbSet<BulletinRecipient> BulletinRecipients => Set<BulletinRecipient>();

    public DbSet<BulletinOpening> BulletinOpenings => Set<BulletinOpening>();

    public DbSet<NetworkQuestion> NetworkQuestions => Set<NetworkQuestion>();

    public DbSet<NetworkAnswer> NetworkAnswers => Set<NetworkAnswer>();
}
