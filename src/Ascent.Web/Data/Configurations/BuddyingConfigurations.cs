using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class BuddyPairingConfiguration : IEntityTypeConfiguration<BuddyPairing>
{
    public void Configure(EntityTypeBuilder<BuddyPairing> builder)
    {
        builder.ToTable("BuddyPairings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(p => p.SupportedSettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(p => p.LeadSettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<PartnershipMember>().WithMany().HasForeignKey(p => p.LeadMemberId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(p => p.SupportedSettingName).HasMaxLength(BuddyPairing.NameMaxLength);
        builder.Property(p => p.LeadKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LeadName).HasMaxLength(BuddyPairing.NameMaxLength);
        builder.Property(p => p.LeadOrganisation).HasMaxLength(BuddyPairing.OrganisationMaxLength);
        builder.Property(p => p.Purpose).HasMaxLength(BuddyPairing.PurposeMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SuggestedBecause).HasMaxLength(BuddyPairing.ReasonMaxLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(BuddyPairing.ByMaxLength);
        builder.Property(p => p.ReviewSummary).HasMaxLength(BuddyPairing.SummaryMaxLength);
        builder.Property(p => p.ReviewedBy).HasMaxLength(BuddyPairing.ByMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsCurrent);
        // Goals and visits are the pairing's own parts, read only through it (and so through its filter).
        builder.OwnsMany(p => p.Goals, g =>
        {
            g.ToTable("BuddyPairingGoals");
            g.WithOwner().HasForeignKey("PairingId");
            g.HasKey(x => x.Id);
            g.Property(x => x.Outcome).HasMaxLength(BuddyGoal.OutcomeMaxLength);
            g.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
            g.Property(x => x.Change).HasMaxLength(BuddyGoal.ChangeMaxLength);
        });
        builder.OwnsMany(p => p.Visits, v =>
        {
            v.ToTable("BuddyPairingVisits");
            v.WithOwner().HasForeignKey("PairingId");
            v.HasKey(x => x.Id);
            v.Property(x => x.SharedNote).HasMaxLength(BuddyVisit.NoteMaxLength);
            v.Property(x => x.NoteBy).HasMaxLength(BuddyVisit.ByMaxLength);
            v.Ignore(x => x.IsHeld);
        });
        builder.Navigation(p => p.Goals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Visits).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.TenantId, p.Status });
    }
}

internal sealed class BuddyingLimitConfiguration : IEntityTypeConfiguration<BuddyingLimit>
{
    public void Configure(EntityTypeBuilder<BuddyingLimit> builder)
    {
        builder.ToTable("BuddyingLimits");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => l.TenantId).IsUnique();
    }
}
