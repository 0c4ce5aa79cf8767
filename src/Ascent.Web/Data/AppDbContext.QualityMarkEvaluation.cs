using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// A cohort's end-of-cohort evaluation (docs/quality-mark.md, "End-of-cohort evaluation"): the evaluation, who was
/// asked, and the answers, kept apart from who gave them.
public abstract partial class AppDbContext
{
    public DbSet<CohortEvaluation> CohortEvaluations => Set<CohortEvaluation>();

    public DbSet<EvaluationInvitation> EvaluationInvitations => Set<EvaluationInvitation>();

    public DbSet<EvaluationResponse> EvaluationResponses => Set<EvaluationResponse>();
}
