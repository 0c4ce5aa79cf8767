using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class InstrumentTextConfiguration : IEntityTypeConfiguration<InstrumentText>
{
    public void Configure(EntityTypeBuilder<InstrumentText> builder)
    {
        builder.ToTable("InstrumentTexts");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(t => t.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(t => t.InstrumentCode).HasMaxLength(InstrumentText.CodeMaxLength);
        builder.Property(t => t.InstrumentVersion).HasMaxLength(InstrumentText.CodeMaxLength);
        builder.Property(t => t.GuidanceVersion).HasMaxLength(InstrumentText.CodeMaxLength);
        builder.Property(t => t.ItemNumber).HasMaxLength(InstrumentText.ItemMaxLength);
        builder.Property(t => t.IndicatorCode).HasMaxLength(InstrumentText.IndicatorMaxLength);
        builder.Property(t => t.Text).HasMaxLength(InstrumentText.TextMaxLength);
        builder.Property(t => t.ImportedBy).HasMaxLength(InstrumentText.NameMaxLength);
        // An import replaces the holder's texts for one instrument, and an audit reads them the same way.
        builder.HasIndex(t => new { t.TenantId, t.SettingId, t.InstrumentCode });
    }
}
