using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// The LA's own versions of instruments (Services/Instruments/InstrumentDefinitions reads them).
public abstract partial class AppDbContext
{
    public DbSet<InstrumentUpload> InstrumentUploads => Set<InstrumentUpload>();
}
