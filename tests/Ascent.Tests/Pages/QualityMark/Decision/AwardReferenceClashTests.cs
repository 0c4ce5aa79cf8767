using Ascent.Tests.Support;
using Ascent.Web.Data;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Infrastructure.Tenancy;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.QualityMark.Decision;

/// Two awards at once read the same references and pick the same next number; the unique index refuses the second,
/// which takes the next number instead. PostgreSQL makes the second wait on the first's uncommitted row, so the clash
/// happens every time (SQLite locks the whole database and cannot interleave the two).
public sealed class AwardReferenceClashTests(PostgresFixture app) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task TwoAwardsAtOnce_GetDifferentReferences()
    {
        var first = await app.AccreditationAsync(app.World.SettingA1Id, recommend: true);
        var second = await app.AccreditationAsync(app.World.SettingA2Id, recommend: true);
        var year = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime).Year;
        var expected = CertificateReference.Next("quality-mark", year, await app.WithDbAsync((db, _) =>
            db.Accreditations.Where(a => a.CertificateReference != null).Select(a => a.CertificateReference!).ToListAsync()));

        // The first award takes the next reference and holds its transaction open.
        await using var holding = app.Factory.Services.CreateAsyncScope();
        holding.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Test");
        var db = holding.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var held = await db.Accreditations.SingleAsync(a => a.Id == first);
        held.Decide("accredited", new DateOnly(year, 11, 23), expected);
        await db.SaveChangesAsync();

        // The second reads the same references, picks the same number and waits on the unique index.
        await using var awarding = app.Factory.Services.CreateAsyncScope();
        awarding.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("Test");
        var awards = awarding.ServiceProvider.GetRequiredService<Awards>();
        var version = (await app.ReadAsync(second)).Version;
        string? tried = null;
        var award = awards.SaveAsync(second, version, new DateOnly(year, 11, 23), (accreditation, reference) =>
        {
            tried ??= reference;
            accreditation.Decide("accredited", new DateOnly(year, 11, 23), reference);
            return Task.CompletedTask;
        }, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(award.IsCompleted);
        await transaction.CommitAsync();

        Assert.True(await award);
        Assert.Equal(expected, tried);
        var references = new[] { (await app.ReadAsync(first)).CertificateReference, (await app.ReadAsync(second)).CertificateReference };
        Assert.Equal(expected, references[0]);
        Assert.Equal(CertificateReference.Next("quality-mark", year, [expected]), references[1]);
        Assert.Equal(3, await app.WithDbAsync((db, _) => db.AccreditationReviews.CountAsync(r => r.AccreditationId == second)));
    }
}
