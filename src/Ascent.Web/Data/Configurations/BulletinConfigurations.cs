using Ascent.Web.Domain.Partnerships;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ascent.Web.Data.Configurations;

internal sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> builder)
    {
        builder.ToTable("Bulletins");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(b => b.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(b => b.PartnershipId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(b => b.Title).HasMaxLength(Bulletin.TitleMaxLength);
        builder.Property(b => b.Summary).HasMaxLength(Bulletin.SummaryMaxLength);
        builder.Property(b => b.Body).HasMaxLength(Bulletin.BodyMaxLength);
        builder.Property(b => b.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.AudienceValue).HasMaxLength(Bulletin.AudienceValueMaxLength);
        builder.Property(b => b.AudienceName).HasMaxLength(Bulletin.AudienceValueMaxLength);
        builder.Property(b => b.WrittenBy).HasMaxLength(Bulletin.ByMaxLength);
        builder.Property(b => b.SentBy).HasMaxLength(Bulletin.ByMaxLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.IsSent);
        builder.HasMany(b => b.Recipients).WithOne(r => r.Bulletin).HasForeignKey(r => r.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(b => new { b.TenantId, b.SentAt });
    }
}

internal sealed class BulletinRecipientConfiguration : IEntityTypeConfiguration<BulletinRecipient>
{
    public void Configure(EntityTypeBuilder<BulletinRecipient> builder)
    {
        builder.ToTable("BulletinRecipients");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(r => r.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(r => r.Name).HasMaxLength(Bulletin.AudienceValueMaxLength);
        builder.HasIndex(r => new { r.BulletinId, r.SettingId }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.SettingId });
    }
}

internal sealed class BulletinOpeningConfiguration : IEntityTypeConfiguration<BulletinOpening>
{
    public void Configure(EntityTypeBuilder<BulletinOpening> builder)
    {
        builder.ToTable("BulletinOpenings");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Setting>().WithMany().HasForeignKey(o => o.SettingId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Bulletin>().WithMany().HasForeignKey(o => o.BulletinId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Name).HasMaxLength(Bulletin.ByMaxLength);
        // One row per setting and person: opening the page again records nothing more.
        builder.HasIndex(o => new { o.BulletinId, o.SettingId, o.UserId }).IsUnique();
        builder.HasIndex(o => new { o.TenantId, o.SettingId });
    }
}

internal sealed class NetworkQuestionConfiguration : IEntityTypeConfiguration<NetworkQuestion>
{
    public void Configure(EntityTypeBuilder<NetworkQuestion> builder)
    {
        builder.ToTable("NetworkQuestions");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(q => q.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(q => q.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(q => q.AskedBy).HasMaxLength(NetworkQuestion.NameMaxLength);
        builder.Property(q => q.AskedFrom).HasMaxLength(NetworkQuestion.FromMaxLength);
        builder.Property(q => q.Text).HasMaxLength(NetworkQuestion.TextMaxLength);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.OwnsOne(q => q.Hidden, Moderation);
        builder.Ignore(q => q.IsAnswered);
        builder.Ignore(q => q.IsOpen);
        builder.HasMany(q => q.Answers).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(q => new { q.TenantId, q.PartnershipId });
    }

    internal static void Moderation<T>(OwnedNavigationBuilder<T, Moderation> hidden)
        where T : class
    {
        hidden.Property(m => m.By).HasColumnName("HiddenBy").HasMaxLength(NetworkQuestion.NameMaxLength);
        hidden.Property(m => m.Reason).HasColumnName("HiddenReason").HasMaxLength(NetworkQuestion.ReasonMaxLength);
        hidden.Property(m => m.At).HasColumnName("HiddenAt");
    }
}

internal sealed class NetworkAnswerConfiguration : IEntityTypeConfiguration<NetworkAnswer>
{
    public void Configure(EntityTypeBuilder<NetworkAnswer> builder)
    {
        builder.ToTable("NetworkAnswers");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.NoAction);
        builder.Property(a => a.By).HasMaxLength(NetworkQuestion.NameMaxLength);
        builder.Property(a => a.From).HasMaxLength(NetworkQuestion.FromMaxLength);
        builder.Property(a => a.Text).HasMaxLength(NetworkQuestion.TextMaxLength);
        builder.OwnsOne(a => a.Hidden, NetworkQuestionConfiguration.Moderation);
        builder.HasIndex(a => new { a.TenantId, a.PartnershipId });
    }
}
