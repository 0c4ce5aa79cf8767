using Ascent.Web.Domain.Screening;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class ScreenedChildConfiguration : IEntityTypeConfiguration<ScreenedChild>
{
    public void Configure(EntityTypeBuilder<ScreenedChild> builder)
    {
        builder.ToTable("ScreenedChildren");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Room>().WithMany().HasForeignKey(c => c.RoomId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.Code).HasMaxLength(ScreenedChild.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(ScreenedChild.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.HasLeft);
        builder.Ignore(c => c.Label);
        // A code names one child within the setting.
        builder.HasIndex(c => new { c.SettingId, c.Code }).IsUnique();
        builder.HasIndex(c => c.RoomId);
    }
}

internal sealed class ScreeningRoundConfiguration : IEntityTypeConfiguration<ScreeningRound>
{
    public void Configure(EntityTypeBuilder<ScreeningRound> builder)
    {
        builder.ToTable("ScreeningRounds");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Room>().WithMany().HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Name).HasMaxLength(ScreeningRound.NameMaxLength);
        builder.Property(r => r.StartedBy).HasMaxLength(ScreeningRound.ByMaxLength);
        builder.Property(r => r.RecordedBy).HasMaxLength(ScreeningRound.ByMaxLength);
        builder.Property(r => r.WellBeingMean).HasPrecision(4, 2);
        builder.Property(r => r.InvolvementMean).HasPrecision(4, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Summary);
        // A room's rounds in date order (the previous round, the charts), and the LA's overview by setting.
        builder.HasIndex(r => new { r.RoomId, r.HeldOn });
        builder.HasIndex(r => new { r.SettingId, r.HeldOn });
    }
}

internal sealed class ChildScoreConfiguration : IEntityTypeConfiguration<ChildScore>
{
    public void Configure(EntityTypeBuilder<ChildScore> builder)
    {
        builder.ToTable("ChildScores");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ScreeningRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScreenedChild>().WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.NoAction);
        builder.Ignore(s => s.Band);
        // A child is screened once a round.
        builder.HasIndex(s => new { s.RoundId, s.ChildId }).IsUnique();
        builder.HasIndex(s => s.ChildId);
    }
}

internal sealed class ChildActionPointConfiguration : IEntityTypeConfiguration<ChildActionPoint>
{
    public void Configure(EntityTypeBuilder<ChildActionPoint> builder)
    {
        builder.ToTable("ChildActionPoints");
        ActionPoints.Configure(builder);
        builder.HasOne<ScreenedChild>().WithMany().HasForeignKey(a => a.ChildId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(a => new { a.RoundId, a.ChildId });
        builder.HasIndex(a => a.ChildId);
    }
}

internal sealed class RoomActionPointConfiguration : IEntityTypeConfiguration<RoomActionPoint>
{
    public void Configure(EntityTypeBuilder<RoomActionPoint> builder)
    {
        builder.ToTable("RoomActionPoints");
        ActionPoints.Configure(builder);
        builder.HasIndex(a => a.RoundId);
    }
}

internal static class ActionPoints
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : ScreeningActionPoint
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ScreeningRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Text).HasMaxLength(ScreeningActionPoint.TextMaxLength);
        builder.Property(a => a.ByWhom).HasMaxLength(ScreeningActionPoint.ByWhomMaxLength);
        builder.Property(a => a.AddedBy).HasMaxLength(ScreeningActionPoint.ByWhomMaxLength);
    }
}
