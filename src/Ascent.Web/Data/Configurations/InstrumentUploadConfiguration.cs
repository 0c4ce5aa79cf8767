using Ascent.Web.Domain.Instruments;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class InstrumentUploadConfiguration : IEntityTypeConfiguration<InstrumentUpload>
{
    public void Configure(EntityTypeBuilder<InstrumentUpload> builder)
    {
        builder.ToTable("InstrumentUploads");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(u => u.Code).HasMaxLength(InstrumentUpload.CodeMaxLength);
        builder.Property(u => u.Version).HasMaxLength(InstrumentUpload.CodeMaxLength);
        builder.Property(u => u.Name).HasMaxLength(InstrumentUpload.NameMaxLength);
        builder.Property(u => u.UploadedBy).HasMaxLength(InstrumentUpload.UploadedByMaxLength);
        // One row per version of a code in an LA, so the version an audit names is never ambiguous.
        builder.HasIndex(u => new { u.TenantId, u.Code, u.Version }).IsUnique();
    }
}
