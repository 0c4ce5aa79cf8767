using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("Rooms");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Name).HasMaxLength(Room.NameMaxLength);
        builder.Property(r => r.AgeGroup).HasMaxLength(Room.AgeGroupMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.SettingId, r.Name });
    }
}

internal sealed class AuditConfiguration : IEntityTypeConfiguration<Audit>
{
    public void Configure(EntityTypeBuilder<Audit> builder)
    {
        builder.ToTable("Audits");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Room>().WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Domain.Visits.Visit>().WithMany().HasForeignKey(a => a.VisitId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Domain.Cases.CaseTask>().WithMany().HasForeignKey(a => a.CaseTaskId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.InstrumentCode).HasMaxLength(Audit.CodeMaxLength);
        builder.Property(a => a.InstrumentVersion).HasMaxLength(Audit.CodeMaxLength);
        builder.Property(a => a.GuidanceVersion).HasMaxLength(Audit.CodeMaxLength);
        builder.Property(a => a.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.StartedBy).HasMaxLength(Audit.NameMaxLength);
        builder.Property(a => a.FinishedBy).HasMaxLength(Audit.NameMaxLength);
        builder.Property(a => a.Total).HasPrecision(9, 4);
        builder.Property(a => a.Note).HasMaxLength(Audit.NoteMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Sheets).WithOne(s => s.Audit).HasForeignKey(s => s.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Sheets).HasField("_sheets");
        // "The previous audit of the same instrument" and a setting's list both read by setting, instrument and date.
        builder.HasIndex(a => new { a.SettingId, a.InstrumentCode, a.ObservedOn });
        builder.HasIndex(a => a.VisitId);
    }
}

internal sealed class AuditSheetConfiguration : IEntityTypeConfiguration<AuditSheet>
{
    public void Configure(EntityTypeBuilder<AuditSheet> builder)
    {
        builder.ToTable("AuditSheets");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PersonName).HasMaxLength(AuditSheet.NameMaxLength);
        builder.Property(s => s.RespondentGroup).HasMaxLength(AuditSheet.GroupMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Answers).WithOne(a => a.Sheet).HasForeignKey(a => a.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Indicators).WithOne(a => a.Sheet).HasForeignKey(a => a.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Answers).HasField("_answers");
        builder.Navigation(s => s.Indicators).HasField("_indicators");
        builder.HasIndex(s => s.AuditId);
        builder.HasIndex(s => s.PersonId);
    }
}

internal sealed class AuditAnswerConfiguration : IEntityTypeConfiguration<AuditAnswer>
{
    public void Configure(EntityTypeBuilder<AuditAnswer> builder)
    {
        builder.ToTable("AuditAnswers");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.ItemNumber).HasMaxLength(AuditAnswer.ItemMaxLength);
        builder.Property(a => a.Checklist).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DecidedBy).HasMaxLength(AuditIndicatorAnswer.CodeMaxLength);
        builder.Property(a => a.Note).HasMaxLength(AuditAnswer.NoteMaxLength);
        // One answer per item per sheet: two autosaves of the same item at once cannot make two rows.
        builder.HasIndex(a => new { a.SheetId, a.ItemNumber }).IsUnique();
    }
}

internal sealed class AuditIndicatorAnswerConfiguration : IEntityTypeConfiguration<AuditIndicatorAnswer>
{
    public void Configure(EntityTypeBuilder<AuditIndicatorAnswer> builder)
    {
        builder.ToTable("AuditIndicatorAnswers");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.ItemNumber).HasMaxLength(AuditAnswer.ItemMaxLength);
        builder.Property(a => a.IndicatorCode).HasMaxLength(AuditIndicatorAnswer.CodeMaxLength);
        builder.Property(a => a.Answer).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.SheetId, a.ItemNumber, a.IndicatorCode }).IsUnique();
    }
}
