using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class PartnershipKindConfiguration : IEntityTypeConfiguration<PartnershipKind>
{
    public void Configure(EntityTypeBuilder<PartnershipKind> builder)
    {
        builder.ToTable("PartnershipKinds");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(k => k.Name).HasMaxLength(PartnershipKind.NameMaxLength);
        builder.Property(k => k.Description).HasMaxLength(PartnershipKind.DescriptionMaxLength);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.HasIndex(k => new { k.TenantId, k.Name }).IsUnique();
    }
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("Partnerships");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(p => p.Kind).WithMany().HasForeignKey(p => p.KindId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(p => p.Name).HasMaxLength(Partnership.NameMaxLength);
        builder.Property(p => p.Locality).HasMaxLength(200);
        builder.Property(p => p.TermsOfReference).HasMaxLength(Partnership.TermsMaxLength);
        builder.Property(p => p.Objectives).HasMaxLength(Partnership.ObjectivesMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(Partnership.ByMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.CurrentMembers);
        builder.Ignore(p => p.ObjectiveList);
        builder.HasMany(p => p.Members).WithOne(m => m.Partnership).HasForeignKey(m => m.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.TenantId, p.Name }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.Locality });
    }
}

internal sealed class PartnershipMemberConfiguration : IEntityTypeConfiguration<PartnershipMember>
{
    public void Configure(EntityTypeBuilder<PartnershipMember> builder)
    {
        builder.ToTable("PartnershipMembers");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(m => m.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(m => m.PartnerType).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(PartnershipMember.NameMaxLength);
        builder.Property(m => m.ContactName).HasMaxLength(PartnershipMember.ContactMaxLength);
        builder.Property(m => m.ContactRole).HasMaxLength(PartnershipMember.ContactMaxLength);
        builder.Property(m => m.ContactEmail).HasMaxLength(PartnershipMember.EmailMaxLength);
        builder.Property(m => m.ContactPhone).HasMaxLength(PartnershipMember.PhoneMaxLength);
        builder.Ignore(m => m.IsSetting);
        builder.Ignore(m => m.IsCurrent);
        builder.HasIndex(m => new { m.TenantId, m.SettingId });
        builder.HasIndex(m => new { m.PartnershipId, m.SettingId });
    }
}
