using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.QualityMark;

/// Cohorts and accreditations made through the core entities (the pages that make them belong to another part of
/// the scheme): a cohort of LA A starting on 1 September 2026, so the fixture's 23 November 2026 is early in its year.
public static class PortfolioSeed
{
    public static readonly DateOnly CohortStarts = new(2026, 9, 1);

    public const string EvaluatorEmail = "evaluator@ashdown.test";

    public const string OtherEvaluatorEmail = "evaluator2@ashdown.test";

    /// An accepted accreditation of the setting in a new cohort, with the evaluator (if given) allocated.
    public static Task<int> AcceptedAsync(AscentFixture app, int settingId, string cohortName, Guid? evaluatorId = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var scheme = services.GetRequiredService<SchemeLibrary>().Find("quality-mark")!;
            var tenantId = await db.Settings.IgnoreQueryFilters().Where(s => s.Id == settingId).Select(s => s.TenantId).SingleAsync();
            var cohort = Cohort.Open(tenantId, scheme, cohortName, CohortStarts, new DateOnly(2026, 5, 1), new DateOnly(2026, 7, 31), null, "Nadia Brooks", app.Time.GetUtcNow());
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            var accreditation = Accreditation.Apply(cohort, settingId, "We reflect on our practice every week.", "Olu Owner", new DateOnly(2026, 6, 1));
            accreditation.Accept("Nadia Brooks", new DateOnly(2026, 8, 1), "Welcome to the cohort.");
            if (evaluatorId is { } id)
                accreditation.Allocate(id, new DateOnly(2026, 8, 15));
            db.Accreditations.Add(accreditation);
            await db.SaveChangesAsync();
            return accreditation.Id;
        });

    /// Signs in an evaluator of LA A (made on first use) and returns them with their id.
    public static async Task<(Browser Browser, Guid Id)> EvaluatorAsync(AscentFixture app, string email = EvaluatorEmail)
    {
        var browser = await app.SignInAsNewLaStaffAsync(email, email == EvaluatorEmail ? "Eve Evaluator" : "Evan Evaluator", Roles.QualityMarkEvaluator);
        var id = await app.WithDbAsync((db, _) => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (browser, id);
    }

    /// Each requirement on a portfolio page: its name and its status.
    public static Dictionary<string, string> Statuses(Page page) =>
        page.Document.QuerySelectorAll("main .app-portfolio-requirement").ToDictionary(
            r => r.QuerySelector("h3")!.TextContent.Trim(), r => r.QuerySelector(".govuk-tag")!.TextContent.Trim());

    /// The text of one requirement's block.
    public static string Block(Page page, string requirementStart) =>
        page.Document.QuerySelectorAll("main .app-portfolio-requirement")
            .Single(r => r.QuerySelector("h3")!.TextContent.Trim().StartsWith(requirementStart, StringComparison.Ordinal)).TextContent;
}
