using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class EntryCriterionRecordConfiguration : IEntityTypeConfiguration<EntryCriterionRecord>
{
    public void Configure(EntityTypeBuilder<EntryCriterionRecord> builder)
    {
        builder.ToTable("EntryCriterionRecords");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(r => r.AccreditationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Name).HasMaxLength(EntryCriterionRecord.NameMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(EntryCriterionRecord.ReasonMaxLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.AccreditationId, r.Position }).IsUnique();
    }
}
