using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class FundingStatusConfiguration : IEntityTypeConfiguration<FundingStatus>
{
    public void Configure(EntityTypeBuilder<FundingStatus> builder)
    {
        builder.HasOne<Setting>().WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Entitlement).HasMaxLength(40);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        // One row per setting and entitlement, so two confirmations at once cannot both create it.
        builder.HasIndex(s => new { s.SettingId, s.Entitlement }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.State });
    }
}

internal sealed class FundingDecisionConfiguration : IEntityTypeConfiguration<FundingDecision>
{
    public void Configure(EntityTypeBuilder<FundingDecision> builder)
    {
        builder.HasOne<Setting>().WithMany().HasForeignKey(d => d.SettingId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.EntitlementCodes);
        builder.Ignore(d => d.IsPending);
        builder.Property(d => d.Entitlements).HasMaxLength(200);
        builder.Property(d => d.ProposedState).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.RuleCode).HasMaxLength(60);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.DecidedBy).HasMaxLength(200);
        builder.Property(d => d.RejectionReason).HasMaxLength(2000);
        builder.Property(d => d.LetterFileName).HasMaxLength(200);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.TenantId, d.State });
        builder.HasIndex(d => new { d.SettingId, d.State });
    }
}

internal sealed class FundingLetterTemplateConfiguration : IEntityTypeConfiguration<FundingLetterTemplate>
{
    public void Configure(EntityTypeBuilder<FundingLetterTemplate> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.FileName).HasMaxLength(200);
        builder.Property(t => t.UploadedBy).HasMaxLength(200);
        builder.HasIndex(t => t.TenantId).IsUnique();
    }
}

internal sealed class FundingEffectiveDateRuleConfiguration : IEntityTypeConfiguration<FundingEffectiveDateRule>
{
    public void Configure(EntityTypeBuilder<FundingEffectiveDateRule> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.From).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.HasIndex(r => r.TenantId).IsUnique();
    }
}
