using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Staff and parent questionnaire rounds. Their answers are audit sheets, and the goals accepted from them are
/// AuditGoals of the round's audit, as for any audit.
public abstract partial class AppDbContext
{
    public DbSet<QuestionnaireRound> QuestionnaireRounds => Set<QuestionnaireRound>();
}
