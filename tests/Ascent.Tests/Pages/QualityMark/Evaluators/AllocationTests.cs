using System.Net;
using Ascent.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Pages.QualityMark.Evaluators;

/// Allocating an evaluator: a conflict of interest refuses them with the conflict named, until a coordinator removes
/// it; an untrained evaluator needs the coordinator's confirmation; the evaluator is told.
public abstract class AllocationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task AConflictedEvaluator_IsRefusedWithTheConflictNamed_AndAllowedOnceItIsRemoved()
    {
        var (ruth, _, _) = await app.EvaluatorsAsync();
        var (_, accreditations) = await app.CohortAsync("Conflicts cohort", "Hazel Day Nursery");
        var (accreditationId, settingId, _) = accreditations[0];
        using var coordinator = await app.SignInAsCoordinatorAsync();

        // Ruth's training and her conflict of interest, recorded on her page.
        var page = await coordinator.GetAsync($"/quality-mark/evaluators/{ruth}");
        Assert.Contains("Not trained", page.Text, StringComparison.Ordinal);
        page = await coordinator.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Course"] = "Quality Mark evaluator training",
            ["CompletedOn.Day"] = "2",
            ["CompletedOn.Month"] = "10",
            ["CompletedOn.Year"] = "2026",
            ["Scheme"] = "quality-mark",
        }, "form[action*='handler=Training']");
        Assert.Empty(page.ErrorMessages);
        Assert.Contains("Trained", page.Text, StringComparison.Ordinal);
        page = await coordinator.SubmitAsync(page, new Dictionary<string, string>
        {
            ["SettingId"] = settingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reason"] = "Worked at the nursery until 2025",
        }, "form[action*='handler=Conflict']");
        Assert.Empty(page.ErrorMessages);
        Assert.Contains("Recorded by Nadia Brooks", page.Text, StringComparison.Ordinal);

        var allocate = await coordinator.GetAsync($"/quality-mark/accreditations/{accreditationId}/evaluator");
        Assert.Contains("Ruth Evans (conflict of interest with Hazel Day Nursery", allocate.Text, StringComparison.Ordinal);
        var refused = await coordinator.SubmitAsync(allocate, new Dictionary<string, string> { ["EvaluatorId"] = ruth.ToString() });
        Assert.Equal(["Ruth Evans has a conflict of interest with Hazel Day Nursery: Worked at the nursery until 2025. Choose another evaluator, or remove the conflict on the evaluators page if it no longer stands."], refused.ErrorMessages);
        Assert.Null(await EvaluatorOfAsync(accreditationId));

        // Removed with a reason, the conflict stays on her page as removed, and she can be allocated.
        var conflictId = await app.WithDbAsync((db, _) => db.EvaluatorConflicts.Where(c => c.UserId == ruth && c.SettingId == settingId).Select(c => c.Id).SingleAsync());
        var remove = await coordinator.GetAsync($"/quality-mark/evaluators/conflicts/{conflictId}/remove");
        Assert.Equal(["Say why the conflict of interest no longer stands"], (await coordinator.SubmitAsync(remove)).ErrorMessages);
        page = await coordinator.SubmitAsync(remove, new Dictionary<string, string> { ["Reason"] = "Left the nursery more than a year ago" });
        Assert.Contains("Removed", page.Text, StringComparison.Ordinal);
        Assert.Contains("Left the nursery more than a year ago", page.Text, StringComparison.Ordinal);

        allocate = await coordinator.GetAsync($"/quality-mark/accreditations/{accreditationId}/evaluator");
        var done = await coordinator.SubmitAsync(allocate, new Dictionary<string, string> { ["EvaluatorId"] = ruth.ToString() });
        Assert.Empty(done.ErrorMessages);
        Assert.Contains("Ruth Evans is now Hazel Day Nursery's evaluator", done.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ruth, await EvaluatorOfAsync(accreditationId));
        var told = await app.WithDbAsync((db, _) => db.Notifications.Where(n => n.UserId == ruth).Select(n => new { n.Text, n.Link }).ToListAsync());
        Assert.Contains(told, n => n.Text.Contains("Hazel Day Nursery", StringComparison.Ordinal) && n.Link == $"/quality-mark/accreditations/{accreditationId}/evaluator");
        // Her first visit is due within 30 days of allocation: 23 December 2026 from 23 November.
        Assert.Contains("Due by 23 December 2026", done.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUntrainedEvaluator_IsAllocatedOnlyOnceTheCoordinatorConfirms_AndAStaleFormIsRefused()
    {
        var (ruth, owen, other) = await app.EvaluatorsAsync();
        var (_, accreditations) = await app.CohortAsync("Training cohort", "Rowan Pre-school");
        var id = accreditations[0].Id;
        using var coordinator = await app.SignInAsCoordinatorAsync();

        var allocate = await coordinator.GetAsync($"/quality-mark/accreditations/{id}/evaluator");
        Assert.DoesNotContain("Bea Brightwater", allocate.Text, StringComparison.Ordinal);
        var asked = await coordinator.SubmitAsync(allocate, new Dictionary<string, string> { ["EvaluatorId"] = owen.ToString() });
        Assert.Single(asked.ErrorMessages, m => m.StartsWith("Owen Price has not done the scheme's training", StringComparison.Ordinal));
        Assert.Null(await EvaluatorOfAsync(id));

        // Another LA's evaluator, sent by hand, is not one of the evaluators listed.
        var foreign = await coordinator.SubmitAsync(allocate, new Dictionary<string, string> { ["EvaluatorId"] = other.ToString() });
        Assert.Equal(["Choose one of the evaluators listed."], foreign.ErrorMessages);

        var done = await coordinator.SubmitAsync(asked, new Dictionary<string, string> { ["EvaluatorId"] = owen.ToString(), ["ConfirmUntrained"] = "true" });
        Assert.Empty(done.ErrorMessages);
        Assert.Equal(owen, await EvaluatorOfAsync(id));

        // The first form still carries the version it was opened with: Ruth is refused, not put over Owen.
        var stale = await coordinator.SubmitAsync(allocate, new Dictionary<string, string> { ["EvaluatorId"] = ruth.ToString(), ["ConfirmUntrained"] = "true" });
        Assert.Equal(["Someone else changed this accreditation while you were choosing: check the evaluator now shown and choose again."], stale.ErrorMessages);
        Assert.Equal(owen, await EvaluatorOfAsync(id));
    }

    [Fact]
    public async Task AnEvaluator_MayNotAllocate()
    {
        var (_, accreditations) = await app.CohortAsync("Access cohort", "Birch Nursery");
        using var ruth = await app.SignInAsRuthAsync();
        var page = await ruth.GetAsync($"/quality-mark/accreditations/{accreditations[0].Id}/evaluator", follow: false);
        Assert.Equal(HttpStatusCode.Found, page.Status);
        Assert.Contains("/account/access-denied", page.Location, StringComparison.Ordinal);
    }

    private Task<Guid?> EvaluatorOfAsync(int id) => app.WithDbAsync((db, _) => db.Accreditations.Where(a => a.Id == id).Select(a => a.EvaluatorId).SingleAsync());
}

public sealed class AllocationTestsOnSqlite(SqliteFixture app) : AllocationTests<SqliteFixture>(app);

public sealed class AllocationTestsOnPostgres(PostgresFixture app) : AllocationTests<PostgresFixture>(app);
