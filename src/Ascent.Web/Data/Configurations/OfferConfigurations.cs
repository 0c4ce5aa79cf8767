using Ascent.Web.Domain.Offer;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class OfferItemConfiguration : IEntityTypeConfiguration<OfferItem>
{
    public void Configure(EntityTypeBuilder<OfferItem> builder)
    {
        builder.ToTable("OfferItems");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(OfferItem.TitleMaxLength);
        builder.Property(i => i.Summary).HasMaxLength(OfferItem.SummaryMaxLength);
        builder.Property(i => i.Audience).HasMaxLength(OfferItem.AudienceMaxLength);
        builder.Property(i => i.Prerequisites).HasMaxLength(OfferItem.PrerequisitesMaxLength);
        builder.Property(i => i.Venue).HasMaxLength(OfferItem.VenueMaxLength);
        builder.Property(i => i.PriceRuleCode).HasMaxLength(100);
        builder.Property(i => i.CreatedBy).HasMaxLength(OfferItem.ByMaxLength);
        builder.Property(i => i.PublishedBy).HasMaxLength(OfferItem.ByMaxLength);
        builder.Property(i => i.WithdrawnReason).HasMaxLength(OfferItem.WithdrawnReasonMaxLength);
        builder.Property(i => i.WithdrawnBy).HasMaxLength(OfferItem.ByMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsFree);
        builder.Ignore(i => i.IsFull);
        builder.Ignore(i => i.StartsOn);
        builder.Ignore(i => i.EndsOn);
        builder.Ignore(i => i.Hours);
        builder.HasMany(i => i.Sessions).WithOne(s => s.Item).HasForeignKey(s => s.OfferItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => new { i.TenantId, i.Status });
    }
}

internal sealed class OfferSessionConfiguration : IEntityTypeConfiguration<OfferSession>
{
    public void Configure(EntityTypeBuilder<OfferSession> builder)
    {
        builder.ToTable("OfferSessions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(s => s.Venue).HasMaxLength(OfferItem.VenueMaxLength);
        builder.Property(s => s.RegisterTakenBy).HasMaxLength(OfferItem.ByMaxLength);
        builder.Ignore(s => s.Hours);
        builder.HasIndex(s => new { s.TenantId, s.Date });
    }
}

internal sealed class OfferTermsVersionConfiguration : IEntityTypeConfiguration<OfferTermsVersion>
{
    public void Configure(EntityTypeBuilder<OfferTermsVersion> builder)
    {
        builder.ToTable("OfferTermsVersions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(v => v.Name).HasMaxLength(OfferTermsVersion.NameMaxLength);
        builder.Property(v => v.UploadedBy).HasMaxLength(OfferTermsVersion.ByMaxLength);
        builder.HasIndex(v => new { v.TenantId, v.Number }).IsUnique();
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.ToTable("Bookings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(b => b.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(b => b.Item).WithMany().HasForeignKey(b => b.OfferItemId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<OfferTermsVersion>().WithMany().HasForeignKey(b => b.TermsVersionId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.AttendeeName).HasMaxLength(Booking.NameMaxLength);
        builder.Property(b => b.AttendeeEmail).HasMaxLength(Booking.EmailMaxLength);
        builder.Property(b => b.PriceReason).HasMaxLength(Booking.ReasonMaxLength);
        builder.Property(b => b.CancellationReason).HasMaxLength(Booking.ReasonMaxLength);
        builder.Property(b => b.BookedBy).HasMaxLength(Booking.ByMaxLength);
        builder.Property(b => b.CancelledBy).HasMaxLength(Booking.ByMaxLength);
        builder.Property(b => b.Needs).HasMaxLength(Booking.NeedsMaxLength);
        builder.Property(b => b.SubstitutedFor).HasMaxLength(Booking.NameMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.HoldsPlace);
        builder.Ignore(b => b.IsActive);
        builder.HasIndex(b => new { b.TenantId, b.SettingId, b.Status });
        builder.HasIndex(b => new { b.OfferItemId, b.Status });
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.ToTable("SessionAttendances");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(a => a.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(a => a.Booking).WithMany().HasForeignKey(a => a.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OfferSession>().WithMany().HasForeignKey(a => a.OfferSessionId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.RecordedBy).HasMaxLength(SessionAttendance.ByMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.BookingId, a.OfferSessionId }).IsUnique();
    }
}

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.ToTable("Charges");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(c => c.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(c => c.Booking).WithMany().HasForeignKey(c => c.BookingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<OfferItem>().WithMany().HasForeignKey(c => c.OfferItemId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(c => c.Reason).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Description).HasMaxLength(Charge.DescriptionMaxLength);
        builder.Property(c => c.RaisedBy).HasMaxLength(Charge.ByMaxLength);
        builder.HasIndex(c => new { c.TenantId, c.ChargedOn });
        builder.HasIndex(c => new { c.SettingId, c.ChargedOn });
    }
}
