using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class NetworkMeetingConfiguration : IEntityTypeConfiguration<NetworkMeeting>
{
    public void Configure(EntityTypeBuilder<NetworkMeeting> builder)
    {
        builder.ToTable("NetworkMeetings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(m => m.SchemeCode).HasMaxLength(NetworkMeeting.CodeMaxLength);
        builder.Property(m => m.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Title).HasMaxLength(NetworkMeeting.TitleMaxLength);
        builder.Property(m => m.Place).HasMaxLength(NetworkMeeting.PlaceMaxLength);
        builder.Property(m => m.Agenda).HasMaxLength(NetworkMeeting.TextMaxLength);
        builder.Property(m => m.Notes).HasMaxLength(NetworkMeeting.TextMaxLength);
        builder.Property(m => m.PlannedBy).HasMaxLength(NetworkMeeting.ByMaxLength);
        builder.Property(m => m.AttendanceRecordedBy).HasMaxLength(NetworkMeeting.ByMaxLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsOnline);
        builder.HasMany(m => m.Invitations).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendance).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Invitations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => new { m.TenantId, m.Date });
    }
}

internal sealed class NetworkInvitationConfiguration : IEntityTypeConfiguration<NetworkInvitation>
{
    public void Configure(EntityTypeBuilder<NetworkInvitation> builder)
    {
        builder.ToTable("NetworkInvitations");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(i => i.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(i => i.Name).HasMaxLength(NetworkMeeting.TitleMaxLength);
        builder.HasIndex(i => new { i.MeetingId, i.SettingId, i.UserId }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.SettingId });
    }
}

internal sealed class NetworkAttendanceConfiguration : IEntityTypeConfiguration<NetworkAttendance>
{
    public void Configure(EntityTypeBuilder<NetworkAttendance> builder)
    {
        builder.ToTable("NetworkAttendance");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<NetworkInvitation>().WithMany().HasForeignKey(a => a.InvitationId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.Name).HasMaxLength(NetworkMeeting.TitleMaxLength);
        builder.HasIndex(a => new { a.TenantId, a.SettingId });
    }
}
