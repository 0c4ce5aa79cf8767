using AngleSharp.Dom;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.Funding;

/// A setting's funding after its first import follows the funding rules from the inspection it came with, and every
/// status on its page says where it came from: the rule and the inspection, or the decision and who confirmed it.
public abstract class FundingSourceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Manager = "manager@ashdown.test";
    private const string TwoYearOlds = "Two-year-old funding (FF2)";
    private const string Universal = "Universal 15 hours for three- and four-year-olds";

    [Fact]
    public async Task ARequiresImprovementSetting_HasNoTwoYearOldFundingFromItsFirstImport_ByTheRuleAndItsInspection()
    {
        var settingId = await ImportedSettingAsync("EY400001", "Larch Nursery", "ofsted-eif-2019", new DateOnly(2023, 4, 4), "3");
        using var browser = await SignInAsManagerAsync();
        var funding = await FundingAsync(browser, settingId);

        Assert.StartsWith("Withdrawn", funding[TwoYearOlds], StringComparison.Ordinal);
        Assert.Contains("By the rule \"Two-year-old funding only in good or better settings\" from the inspection of 4 April 2023 (Education Inspection Framework: requires improvement)",
            funding[TwoYearOlds], StringComparison.Ordinal);
        Assert.StartsWith("Funded", funding[Universal], StringComparison.Ordinal);
        Assert.Contains("No funding rule withdraws it after the inspection of 4 April 2023", funding[Universal], StringComparison.Ordinal);
        // Nothing waits for a decision: the rule set it when the setting arrived. The LA's funding register lists it.
        Assert.Empty(await app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.SettingId == settingId).ToListAsync()));
        var register = (await browser.GetAsync("/funding")).Document.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Larch Nursery", StringComparison.Ordinal));
        Assert.Contains("Withdrawn", register.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARenewedFrameworkSettingNeedingAttention_HasNoTwoYearOldFunding_AndANeverInspectedOneIsFunded()
    {
        var renewed = await ImportedSettingAsync("EY400002", "Medlar Pre-school", "ofsted-renewed-2025", new DateOnly(2026, 3, 3), null);
        var never = await app.WithDbAsync(async (db, _) =>
        {
            var setting = new Setting(app.World.TenantAId, "EY400003", "Nutmeg Nursery", "Childminder", new DateOnly(2025, 1, 1));
            db.Settings.Add(setting);
            await db.SaveChangesAsync();
            return setting.Id;
        });
        using var browser = await SignInAsManagerAsync();

        var funding = await FundingAsync(browser, renewed);
        Assert.StartsWith("Withdrawn", funding[TwoYearOlds], StringComparison.Ordinal);
        Assert.Contains("(Renewed education inspection framework: needs attention)", funding[TwoYearOlds], StringComparison.Ordinal);
        Assert.All((await FundingAsync(browser, never)).Values, v => Assert.Equal("Funded No funding rule applies: not yet inspected", Squash(v)));
    }

    [Fact]
    public async Task AGoodJudgementAfterTheFirstImport_ProposesReinstatingTwoYearOldFunding_AndOnceConfirmedSaysWhoConfirmedIt()
    {
        var settingId = await ImportedSettingAsync("EY400004", "Olive Tree Nursery", "ofsted-eif-2019", new DateOnly(2023, 5, 5), "3");
        await JudgeAsync(settingId, new DateOnly(2026, 11, 2), "2");

        var proposal = Assert.Single(await app.WithDbAsync((db, _) => db.FundingDecisions.Where(d => d.SettingId == settingId).ToListAsync()));
        Assert.Equal((FundingState.Funded, "ff2", "good-or-better"), (proposal.ProposedState, proposal.Entitlements, proposal.RuleCode));

        using var browser = await SignInAsManagerAsync();
        var page = await browser.GetAsync($"/funding/{proposal.Id}");
        // The rule by its name in funding/rules.yaml, and what led to the proposal in words: never a code or an id.
        Assert.Equal("Judged good or better", Row(page, "Rule"));
        Assert.Equal("judged", Row(page, "Proposed after"));
        Assert.DoesNotContain("good-or-better", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("register change", page.Text, StringComparison.Ordinal);
        await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Decision"] = "confirm" });

        var funding = await FundingAsync(browser, settingId);
        Assert.StartsWith("Funded", funding[TwoYearOlds], StringComparison.Ordinal);
        Assert.Contains("Decision confirmed by Mo Manager on ", funding[TwoYearOlds], StringComparison.Ordinal);
        Assert.Contains("(rule: Judged good or better)", funding[TwoYearOlds], StringComparison.Ordinal);
        // The other entitlements were never withdrawn, so they still stand by the rule and the first import's inspection.
        Assert.Contains("No funding rule withdraws it after the inspection of 5 May 2023", funding[Universal], StringComparison.Ordinal);
    }

    // What a baseline import leaves: a setting and its inspections, with no change event.
    private Task<int> ImportedSettingAsync(string reference, string name, string framework, DateOnly date, string? overall) => app.WithDbAsync(async (db, services) =>
    {
        var setting = new Setting(app.World.TenantAId, reference, name, "Childcare on non-domestic premises", new DateOnly(2012, 1, 1));
        var inspection = new Inspection(setting, "5" + reference[2..], date, "Full inspection", framework, overall);
        if (framework == "ofsted-renewed-2025")
        {
            foreach (var (area, grade) in new[] { ("safeguarding", "met"), ("inclusion", "expected"), ("curriculum-and-teaching", "needs-attention"), ("achievement", "strong") })
                inspection.SetGrade(area, grade);
        }

        setting.Inspections.Add(inspection);
        setting.RefreshLatestInspection(services.GetRequiredService<FrameworkRegistry>());
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        return setting.Id;
    });

    // What a later import does: the inspection and its new-judgement event, then the pathway engine.
    private static string Row(Page page, string key) => page.Document.QuerySelectorAll(".govuk-summary-list__row")
        .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key).QuerySelector("dd")!.TextContent.Trim();

    private async Task JudgeAsync(int settingId, DateOnly date, string overall)
    {
        await app.WithDbAsync(async (db, services) =>
        {
            var setting = await db.Settings.Include(s => s.Inspections).ThenInclude(i => i.Grades).SingleAsync(s => s.Id == settingId);
            var inspection = new Inspection(setting, "6" + settingId, date, "Full inspection", "ofsted-eif-2019", overall);
            setting.Inspections.Add(inspection);
            setting.RefreshLatestInspection(services.GetRequiredService<FrameworkRegistry>());
            var payload = new JudgementPayload("ofsted-eif-2019", inspection.Number, date, "Full inspection", overall, new Dictionary<string, string> { ["overall"] = overall });
            db.ChangeEvents.Add(new ChangeEvent(setting.TenantId, settingId, ChangeEventTypes.NewJudgement, "judged", payload.ToJson(), app.Time.GetUtcNow(), null));
            await db.SaveChangesAsync();
            return true;
        });
        await PathwayEventsWorker.RunOnceAsync(app.Factory.Services, CancellationToken.None);
    }

    // The Funding section of the setting's page: each entitlement's row, its words squashed onto one line.
    private static async Task<Dictionary<string, string>> FundingAsync(Browser browser, int settingId)
    {
        var page = await browser.GetAsync($"/settings/{settingId}");
        var heading = page.Document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == "Funding");
        var list = heading.NextElementSibling!;
        return list.QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => Squash(r.QuerySelector("dd")!.TextContent));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Task<Browser> SignInAsManagerAsync() => app.SignInAsNewLaStaffAsync(Manager, "Mo Manager", Roles.ImprovementAndStandardsManager);
}

public sealed class FundingSourceTestsOnSqlite(SqliteFixture app) : FundingSourceTests<SqliteFixture>(app);

public sealed class FundingSourceTestsOnPostgres(PostgresFixture app) : FundingSourceTests<PostgresFixture>(app);
