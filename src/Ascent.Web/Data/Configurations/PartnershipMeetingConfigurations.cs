using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.ToTable("MeetingSeries");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Title).HasMaxLength(MeetingSeries.TitleMaxLength);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CreatedBy).HasMaxLength(Meeting.ByMaxLength);
        builder.HasIndex(s => new { s.PartnershipId, s.Title }).IsUnique();
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(m => m.Series).WithMany().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Venue).HasMaxLength(Meeting.VenueMaxLength);
        builder.Property(m => m.Link).HasMaxLength(Meeting.LinkMaxLength);
        builder.Property(m => m.HostName).HasMaxLength(PartnershipMember.NameMaxLength);
        builder.Property(m => m.PlannedBy).HasMaxLength(Meeting.ByMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(Meeting.ByMaxLength);
        builder.Property(m => m.Minutes).HasMaxLength(Meeting.MinutesMaxLength);
        builder.Property(m => m.Decisions).HasMaxLength(Meeting.DecisionsMaxLength);
        builder.Property(m => m.OfficersPresent).HasMaxLength(Meeting.OfficersMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsInvited);
        builder.Ignore(m => m.DecisionList);
        builder.Ignore(m => m.AcceptedAgenda);
        builder.HasMany(m => m.Agenda).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendance).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Actions).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Agenda).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => new { m.PartnershipId, m.Date });
        builder.HasIndex(m => new { m.TenantId, m.Date });
    }
}

internal sealed class MeetingAgendaItemConfiguration : IEntityTypeConfiguration<MeetingAgendaItem>
{
    public void Configure(EntityTypeBuilder<MeetingAgendaItem> builder)
    {
        builder.ToTable("MeetingAgendaItems");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(i => i.Title).HasMaxLength(MeetingAgendaItem.TitleMaxLength);
        builder.Property(i => i.Detail).HasMaxLength(MeetingAgendaItem.DetailMaxLength);
        builder.Property(i => i.ProposedBy).HasMaxLength(Meeting.ByMaxLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.PartnershipId);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> builder)
    {
        builder.ToTable("MeetingAttendance");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<PartnershipMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.Name).HasMaxLength(PartnershipMember.NameMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.MeetingId, a.MemberId }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.SettingId });
        builder.HasIndex(a => a.PartnershipId);
    }
}

internal sealed class MeetingActionConfiguration : IEntityTypeConfiguration<MeetingAction>
{
    public void Configure(EntityTypeBuilder<MeetingAction> builder)
    {
        builder.ToTable("MeetingActions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.What).HasMaxLength(MeetingAction.WhatMaxLength);
        builder.Property(a => a.Owner).HasMaxLength(MeetingAction.OwnerMaxLength);
        builder.Property(a => a.DoneBy).HasMaxLength(Meeting.ByMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsDone);
        builder.HasIndex(a => new { a.PartnershipId, a.DoneOn });
    }
}
