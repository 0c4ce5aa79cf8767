using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// A tenant's licensed indicator texts (Domain/Instruments/InstrumentText.cs), filtered by hand in
/// AppDbContext.Filters.cs: the LA's are seen by its settings too, a setting's only by that setting.
public abstract partial class AppDbContext
{
    public DbSet<InstrumentText> InstrumentTexts => Set<InstrumentText>();
}
