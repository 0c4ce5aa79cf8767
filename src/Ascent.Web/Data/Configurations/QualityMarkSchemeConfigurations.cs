using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class SchemeVersionConfiguration : IEntityTypeConfiguration<SchemeVersion>
{
    public void Configure(EntityTypeBuilder<SchemeVersion> builder)
    {
        builder.ToTable("SchemeVersions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(v => v.Code).HasMaxLength(SchemeLoader.CodeMaxLength);
        builder.Property(v => v.Version).HasMaxLength(SchemeLoader.CodeMaxLength);
        builder.Property(v => v.Name).HasMaxLength(SchemeLoader.NameMaxLength);
        builder.Property(v => v.FileName).HasMaxLength(SchemeVersion.FileNameMaxLength);
        builder.Property(v => v.UploadedBy).HasMaxLength(Accreditation.NameMaxLength);
        // Two uploads of the same version at once: the second is refused here (Services/QualityMark/SchemeVersions).
        builder.HasIndex(v => new { v.TenantId, v.Code, v.Version }).IsUnique();
    }
}
