using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Quality-mark evaluators (docs/quality-mark.md, "Evaluators, allocation, time and costs"): their training and
/// conflicts of interest, the time they log against each setting, and a cohort's other costs.
public abstract partial class AppDbContext
{
    public DbSet<EvaluatorTraining> EvaluatorTrainings => Set<EvaluatorTraining>();

    public DbSet<EvaluatorConflict> EvaluatorConflicts => Set<EvaluatorConflict>();

    public DbSet<EvaluatorTime> EvaluatorTimes => Set<EvaluatorTime>();

    public DbSet<SchemeCost> SchemeCosts => Set<SchemeCost>();
}
