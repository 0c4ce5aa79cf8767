using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Data;

/// Rooms, and what is recorded with instruments (Domain/Instruments): audits with their sheets, answers and
/// corrections, questionnaire rounds (their answers are audit sheets), the goals accepted into plans from results,
/// the LA's own versions of instruments (Services/Instruments/InstrumentDefinitions reads them) and licensed
/// indicator texts (filtered by hand in AppDbContext.Filters.cs: the LA's are seen by its settings too, a setting's
/// only by that setting).
public abstract partial class AppDbContext
{
    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<Audit> Audits => Set<Audit>();

    public DbSet<AuditSheet> AuditSheets => Set<AuditSheet>();

    public DbSet<AuditAnswer> AuditAnswers => Set<AuditAnswer>();

    public DbSet<AuditIndicatorAnswer> AuditIndicatorAnswers => Set<AuditIndicatorAnswer>();

    public DbSet<AuditAmendment> AuditAmendments => Set<AuditAmendment>();

    public DbSet<QuestionnaireRound> QuestionnaireRounds => Set<QuestionnaireRound>();

    public DbSet<AuditGoal> AuditGoals => Set<AuditGoal>();

    public DbSet<InstrumentUpload> InstrumentUploads => Set<InstrumentUpload>();

    public DbSet<InstrumentText> InstrumentTexts => Set<InstrumentText>();
}
