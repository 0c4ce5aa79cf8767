using Ascent.Web.Domain.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Staff and parent questionnaire rounds (their answers are audit sheets) and the goals accepted from them.
public abstract partial class AppDbContext
{
    public DbSet<QuestionnaireRound> QuestionnaireRounds => Set<QuestionnaireRound>();

    public DbSet<QuestionnaireGoal> QuestionnaireGoals => Set<QuestionnaireGoal>();
}
