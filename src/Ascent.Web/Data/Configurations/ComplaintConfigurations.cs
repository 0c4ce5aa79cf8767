using Ascent.Web.Domain.Complaints;
using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class ComplaintTeamConfiguration : IEntityTypeConfiguration<ComplaintTeam>
{
    public void Configure(EntityTypeBuilder<ComplaintTeam> builder)
    {
        builder.ToTable("ComplaintTeams");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ManagerId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(t => t.Name).HasMaxLength(ComplaintTeam.NameMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
    }
}

internal sealed class ComplaintThemeConfiguration : IEntityTypeConfiguration<ComplaintTheme>
{
    public void Configure(EntityTypeBuilder<ComplaintTheme> builder)
    {
        builder.ToTable("ComplaintThemes");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Name).HasMaxLength(ComplaintTheme.NameMaxLength);
        builder.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ComplaintTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ManagerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<OfferItem>().WithMany().HasForeignKey(c => c.OfferItemId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OfficerName).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.Service).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.WhatHappened).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.WhatWanted).HasMaxLength(Complaint.ShortTextMaxLength);
        builder.Property(c => c.RaisedBy).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.RaisedByEmail).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.AcknowledgedBy).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.AnsweredBy).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.SharedBy).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.Response).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.Learning).HasMaxLength(Complaint.ShortTextMaxLength);
        builder.Property(c => c.Theme).HasMaxLength(ComplaintTheme.NameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Status);
        builder.Ignore(c => c.About);
        builder.Ignore(c => c.IsShared);
        builder.Ignore(c => c.AcknowledgedInTime);
        builder.Ignore(c => c.AnsweredInTime);
        builder.HasIndex(c => new { c.TenantId, c.ReceivedOn });
        builder.HasIndex(c => c.SettingId);
    }
}
