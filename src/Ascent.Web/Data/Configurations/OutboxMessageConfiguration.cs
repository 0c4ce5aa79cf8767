using Ascent.Web.Domain.Email;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Recipients).HasMaxLength(2000);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        // The worker's query: pending messages whose next attempt is due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
