using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Reference).HasMaxLength(30);
        builder.HasIndex(s => new { s.TenantId, s.Reference }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.HasIndex(s => new { s.TenantId, s.Name });
        // The list across all tenants (system administrators) in its default order, and a search by URN across them.
        builder.HasIndex(s => new { s.Name, s.Id });
        builder.HasIndex(s => s.Reference);
        builder.Property(s => s.ProviderType).HasMaxLength(100);
        builder.Property(s => s.Sector).HasMaxLength(50);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AddressLine1).HasMaxLength(300);
        builder.Property(s => s.Town).HasMaxLength(200);
        builder.Property(s => s.Postcode).HasMaxLength(16);
        builder.Property(s => s.LocalAuthorityName).HasMaxLength(200);
        builder.Property(s => s.Region).HasMaxLength(200);
        // Regulators' free text runs long (a telephone "07784499403 (in session time) or …"); limits are generous.
        foreach (var name in new[] { "Regulator", "ProviderSubtype", "RegisterCombination", "RegisteredPersonReference", "DeprivationBand", "LatestFrameworkCode" })
            builder.Property(name).HasMaxLength(50);
        builder.Property(s => s.Telephone).HasMaxLength(200);
        builder.Property(s => s.OfstedRegion).HasMaxLength(100);
        foreach (var name in new[] { "RegisteredPersonName", "AddressLine2", "AddressLine3", "ParliamentaryConstituency", "District", "Ward", "LocalityPartnership" })
            builder.Property(name).HasMaxLength(300);
        builder.Property(s => s.SourceHash).HasMaxLength(64);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Contacts).WithOne(c => c.Setting).HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.LatestOverallGrade).HasMaxLength(60);
        builder.HasIndex(s => new { s.TenantId, s.LatestOverallGrade });
        // Home pages count by standing and the list filters on it in every LA.
        builder.Property(s => s.StandingCode).HasMaxLength(60).HasDefaultValue(Domain.Frameworks.Standing.NotYetInspectedCode);
        builder.HasIndex(s => new { s.TenantId, s.StandingCode });
        builder.HasIndex(s => new { s.TenantId, s.Postcode });
        builder.HasMany(s => s.EnforcementEvents).WithOne(e => e.Setting).HasForeignKey(e => e.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Inspections).WithOne(i => i.Setting).HasForeignKey(i => i.SettingId).OnDelete(DeleteBehavior.Cascade);
    }
}
