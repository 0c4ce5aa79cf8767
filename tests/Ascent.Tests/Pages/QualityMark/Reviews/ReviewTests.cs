using Ascent.Tests.Pages.QualityMark.Decision;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Ascent.Web.Services.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Pages.QualityMark.Decision.DecisionWorld;

namespace Ascent.Tests.Pages.QualityMark.Reviews;

/// After an award: the reviews scheduled from it, the reminder when one opens (sent once), a review not passed
/// lapsing the accreditation, and the scheme's withdrawal rule after a new inadequate inspection. This class moves
/// its fixture's clock, so it owns its fixture.
public abstract class ReviewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task WhenAReviewOpens_TheSettingAndEvaluatorAreRemindedOnce_AndTheCoordinatorRecordsItNotPassed()
    {
        var id = await AwardedAsync(app.World.SettingA1Id);
        var first = await app.WithDbAsync((db, _) => db.AccreditationReviews.AsNoTracking().Where(r => r.AccreditationId == id).OrderBy(r => r.DueOn).FirstAsync());
        Assert.Equal(0, await RemindAsync(first.OpensOn.AddDays(-1)));

        app.Time.SetUtcNow(new DateTimeOffset(first.OpensOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        Assert.Equal(1, await RemindAsync(first.OpensOn));
        Assert.Equal(0, await RemindAsync(first.OpensOn));
        Assert.Equal(0, await RemindAsync(first.OpensOn.AddDays(1)));
        var evaluator = await app.UserIdAsync(Evaluator);
        var reminders = await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.Text.StartsWith("The first annual review of Acorn Day Nursery")).Select(n => new { n.UserId, n.Link }).ToListAsync());
        Assert.Equal(new[] { app.World.UserIds[TestWorld.OwnerA1], evaluator }.Order(), reminders.Select(r => r.UserId).Order());
        Assert.All(reminders, r => Assert.Equal($"/quality-mark/accreditations/{id}/portfolio/annual-review-1", r.Link));

        using var coordinator = await app.SignInAsCoordinatorAsync();
        var list = await coordinator.GetAsync("/quality-mark/reviews");
        Assert.Contains("Open (1)", list.Text, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector($"a[href='/quality-mark/accreditations/{id}/portfolio/annual-review-1']"));
        var page = await coordinator.GetAsync($"/quality-mark/reviews/{first.Id}");
        var refused = await coordinator.SubmitAsync(page, Fields(("Input.Outcome", "not-passed"), ("Input.Note", "")));
        Assert.Contains("Enter why the review was not passed", refused.ErrorMessages);
        await coordinator.SubmitAsync(refused, Fields(("Input.Outcome", "not-passed"), ("Input.Note", "No screening since the award.")));
        var lapsed = await app.ReadAsync(id);
        Assert.Equal((AccreditationStatus.Lapsed, "First annual review not passed: No screening since the award."), (lapsed.Status, lapsed.EndReason));
        Assert.DoesNotContain("Acorn Day Nursery", (await app.NewBrowser().GetAsync($"/quality-mark/register/{app.World.TenantAId}")).Text, StringComparison.Ordinal);
        Assert.Contains("Open (0)", (await coordinator.GetAsync("/quality-mark/reviews")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewInadequateInspection_WithdrawsTheAccreditationByTheSchemesRule_Once()
    {
        var id = await AwardedAsync(app.World.SettingA2Id);
        var eventId = await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).SingleAsync(s => s.Id == app.World.SettingA2Id);
            var date = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
            var inspection = new Inspection(setting, "7" + setting.Id, date, "Full inspection", "ofsted-eif-2019", "4");
            setting.Inspections.Add(inspection);
            setting.RefreshLatestInspection(services.GetRequiredService<FrameworkRegistry>());
            var payload = new JudgementPayload("ofsted-eif-2019", inspection.Number, date, "Full inspection", "4", new Dictionary<string, string> { ["overall"] = "4" });
            var change = new ChangeEvent(setting.TenantId, setting.Id, ChangeEventTypes.NewJudgement, "judged", payload.ToJson(), app.Time.GetUtcNow(), null);
            db.ChangeEvents.Add(change);
            await db.SaveChangesAsync();
            return change.Id;
        });
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);

        var withdrawn = await app.ReadAsync(id);
        Assert.Equal((AccreditationStatus.Withdrawn, "An inspection judged the setting inadequate"), (withdrawn.Status, withdrawn.EndReason));
        var audit = await app.WithDbAsync((db, _) => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.EntityType == nameof(Accreditation) && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.NewValues!.Contains("An inspection judged the setting inadequate")));
        Assert.Equal(1, audit);
        Assert.Contains("The Quality Mark of Bramble Pre-school has been withdrawn: An inspection judged the setting inadequate.",
            await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == app.World.UserIds[TestWorld.OwnerA2]).Select(n => n.Text).ToListAsync()));
        Assert.DoesNotContain("Bramble Pre-school", (await app.NewBrowser().GetAsync($"/quality-mark/register/{app.World.TenantAId}")).Text, StringComparison.Ordinal);
        Assert.True(eventId > 0);
    }

    private Task<int> RemindAsync(DateOnly today) => app.WithDbAsync((_, services) => services.GetRequiredService<ReviewReminders>().RunAsync(today));

    private async Task<int> AwardedAsync(int settingId)
    {
        var id = await app.AccreditationAsync(settingId, recommend: true);
        using var coordinator = await app.SignInAsCoordinatorAsync();
        var page = await coordinator.GetAsync($"/quality-mark/accreditations/{id}/decision");
        await coordinator.SubmitAsync(page, Fields(("Input.SecondReader", app.World.UserIds[TestWorld.AdviserA].ToString()), ("Input.Level", "accredited"), ("Input.Reasons", "Both units evidenced.")), "form[action*='handler=Decide']");
        Assert.Equal(AccreditationStatus.Accredited, (await app.ReadAsync(id)).Status);
        return id;
    }
}

public sealed class ReviewTestsOnSqlite(SqliteFixture app) : ReviewTests<SqliteFixture>(app);

public sealed class ReviewTestsOnPostgres(PostgresFixture app) : ReviewTests<PostgresFixture>(app);
