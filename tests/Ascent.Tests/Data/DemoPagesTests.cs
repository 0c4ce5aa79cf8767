using System.Globalization;
using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Data;

/// Every page a demo user can reach, on the demo data, as every demo user: each answers exactly as the access rules
/// say (Pages/<Area>/<Area>Access.cs, the pages' [Authorize] attributes and the tenancy filters), so a page that
/// opens to a role it should not, or closes to one it should, fails here.
public abstract class DemoPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Theory]
    [MemberData(nameof(DemoPageAccess.EveryUser), MemberType = typeof(DemoPageAccess))]
    public async Task EveryPage_AnswersThisUserAsTheAccessRulesSay(string email)
    {
        var column = DemoPageAccess.Users.ToList().IndexOf(email);
        var ids = await app.WithDbAsync(async (db, _) => new Dictionary<string, int>
        {
            ["{S}"] = await db.Settings.IgnoreQueryFilters().Where(s => s.Name == DemoUsers.DemoSettingName).Select(s => s.Id).SingleAsync(),
            ["{A}"] = await DemoAuditAsync(db, "ecers-3"),
            ["{L}"] = await DemoAuditAsync(db, "leadership"),
            ["{Q}"] = await db.QuestionnaireRounds.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
            ["{C}"] = await db.Cases.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            ["{K}"] = await db.CaseTasks.IgnoreQueryFilters().OrderBy(t => t.Id).Select(t => t.CaseId).FirstAsync(),
            ["{T}"] = await db.CaseTasks.IgnoreQueryFilters().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(),
            ["{V}"] = await db.PathwayVersions.IgnoreQueryFilters().OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(),
            ["{R}"] = await db.ScreeningRounds.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
        });
        using var browser = app.NewBrowser();
        await browser.SignInAsync(email, DemoUsers.Password);

        var wrong = new List<string>();
        foreach (var (template, expected) in DemoPageAccess.Pages)
        {
            var url = ids.Aggregate(template, (u, id) => u.Replace(id.Key, id.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            var page = await browser.GetAsync(url, follow: false);
            var got = Outcome(page, ids["{S}"]);
            if (got != expected[column])
                wrong.Add($"{url}: expected {expected[column]}, got {got} ({(int)page.Status} {page.Location})");
        }

        Assert.True(wrong.Count == 0, $"{email}:\n" + string.Join("\n", wrong));
    }

    /// The demo setting's finished audit of the instrument.
    private static Task<int> DemoAuditAsync(Ascent.Web.Data.AppDbContext db, string instrument) =>
        db.Audits.IgnoreQueryFilters()
            .Where(a => a.InstrumentCode == instrument && db.Settings.IgnoreQueryFilters().Any(s => s.Id == a.SettingId && s.Name == DemoUsers.DemoSettingName))
            .Select(a => a.Id).SingleAsync();

    private static char Outcome(Page page, int settingId) => page.Status switch
    {
        HttpStatusCode.OK => 'O',
        HttpStatusCode.NotFound => 'N',
        HttpStatusCode.Found when page.Location?.Contains("/account/access-denied", StringComparison.Ordinal) == true => 'D',
        HttpStatusCode.Found when page.Location?.EndsWith($"/settings/{settingId}/plan", StringComparison.Ordinal) == true => 'P',
        _ => '?',
    };
}

/// Who may open which page, as the demo users: the table DemoPagesTests checks.
public static class DemoPageAccess
{
    /// The columns of the table below, in order: every demo user, by role.
    public static IReadOnlyList<string> Users { get; } =
    [
        "la.admin@northfield.example",          // LA administrator
        "manager@northfield.example",           // Improvement and Standards Manager
        "senior.adviser@northfield.example",    // Senior Improvement Adviser
        "adviser@northfield.example",           // Improvement Adviser
        "sufficiency@northfield.example",       // Childcare Sufficiency Officer
        "inclusion@northfield.example",         // Equality and Inclusion Officer
        "evaluator@northfield.example",         // Quality Mark Evaluator
        "owner@littleacorns.example",           // Setting owner (the demo setting, in Northfield)
        "manager@littleacorns.example",         // Setting manager
        "practitioner@littleacorns.example",    // Practitioner
        "sysadmin@ascent.example",              // System administrator (every LA)
        "la.admin@eastmoor.example",            // LA administrator of Eastmoor, the second LA
    ];

    /// What each user gets, one letter per column of Users: O 200; D sent to "access denied" (the role may not open
    /// the page); N 404 (the role may, but the setting or case is another LA's, or the page is an LA's own
    /// configuration and the system administrator belongs to no LA); P sent to the plan (may read the plan but not
    /// edit its goals). {S} is the demo setting, {C} the first case, {T} a task of case {K}, {V} a pathway version, {R}
    /// a screening round, {A} and {L} the demo setting's environment rating and leadership audit, {Q} its parent
    /// questionnaire round: all Northfield's.
    public static IReadOnlyList<(string Url, string Expected)> Pages { get; } =
    [
        // Columns: LA admin, ISM, senior adviser, adviser, sufficiency, inclusion, evaluator, owner, manager, practitioner, sysadmin, Eastmoor
        ("/",                                                       "OOOOOOOOOOOO"),
        ("/account",                                                "OOOOOOOOOOOO"),
        ("/notifications",                                          "OOOOOOOOOOOO"),
        ("/manage",                                                 "OOOOOOOOOOOO"),
        ("/settings",                                               "OOOOOOOOOOOO"),
        ("/settings?Query=nursery",                                 "OOOOOOOOOOOO"),
        ("/settings/{S}",                                           "OOOOOOOOOOON"),
        ("/settings/{S}/self-evaluation",                           "OOOOOOOOOOON"),
        ("/settings/{S}/plan",                                      "OOOOOOOOOOON"),
        ("/settings/{S}/plan/goal",                                 "PPPPPPPOOOPN"),
        ("/settings/{S}/charts",                                    "OOOOOOOOOOON"),
        ("/settings/{S}/charts/measures/new",                       "DDOODDDOODDD"),
        ("/settings/{S}/charts/import",                             "DDOODDDOODDD"),
        ("/settings/{S}/audits",                                    "OOOOOOOOOOON"),
        ("/audits",                                                 "OOOOOOODDDOO"),
        ("/audits/{A}",                                             "OOOOOOOOOODN"),
        ("/audits/{A}/results",                                     "OOOOOOOOOOON"),
        ("/audits/{A}/amend",                                       "DDOODDOOODDD"),
        ("/audits/{L}/results",                                     "OOOOOOOOOOON"),
        ("/instruments/agreement",                                  "OOOOOOOOOOOO"),
        ("/settings/{S}/groupings",                                 "OOOOODDDDDDN"),
        ("/settings/{S}/judgements/new",                            "OOOOODDDDDDN"),
        ("/settings/{S}/judgements/new?Framework=ofsted-renewed-2025", "OOOOODDDDDDN"),
        ("/settings/{S}/notices/new",                               "OOOOODDDDDDN"),
        ("/settings/{S}/contacts",                                  "OOOOODDOODDN"),
        ("/settings/groupings",                                     "OOOOODDDDDDO"),
        ("/settings/{S}/visits",                                    "OOOOOOOOOODN"),
        ("/settings/{S}/visits/new",                                "OOOOOOODDDDN"),
        ("/settings/{S}/audits/new",                                "DDOODDOOODDD"),
        ("/visits",                                                 "OOOOOOOOOODO"),
        ("/visits?show=all",                                        "OOOOOOOOOODO"),
        ("/visits?show=fortnight",                                  "OOOOOOOOOODO"),
        ("/visits?show=notes",                                      "OOOOOOOOOODO"),
        ("/visits?show=review",                                     "OOOOOOOOOODO"),
        ("/visits/templates",                                       "OOODDDDDDDDO"),
        ("/visits/templates/pathway",                               "OOODDDDDDDDO"),
        ("/tasks",                                                  "OOOOOOODDDOO"),
        ("/tasks?show=overdue",                                     "OOOOOOODDDOO"),
        ("/tasks?show=missed",                                      "OOOOOOODDDOO"),
        ("/tasks?show=cancellations",                               "OOOOOOODDDOO"),
        ("/tasks?show=funding-reviews",                             "OOOOOOODDDOO"),
        ("/tasks?show=met",                                         "OOOOOOODDDOO"),
        ("/cases",                                                  "OOOOOOODDDOO"),
        ("/cases?Show=unallocated",                                 "OOOOOOODDDOO"),
        ("/cases?Show=closed",                                      "OOOOOOODDDOO"),
        ("/cases/overview",                                         "OOODDDDDDDDO"),
        ("/cases/initial",                                          "ODODDDDDDDDO"),
        ("/cases/{C}",                                              "OOOOOOODDDON"),
        ("/cases/{K}/tasks/{T}",                                    "OOOOOOODDDON"),
        ("/cases/{C}/concerns",                                     "OOOOOOODDDON"),
        ("/cases/{C}/close",                                        "OOODDDDDDDDN"),
        ("/pathways",                                               "OOOOOOODDDNO"),
        ("/pathways/versions/{V}",                                  "OOOOOOODDDON"),
        ("/pathways/terms",                                         "OOOOOOODDDNO"),
        ("/instruments",                                            "OOOOOOOOOOOO"),
        ("/instruments/ecers-3",                                    "OOOOOOOOOOOO"),
        ("/self-evaluation/calibration",                            "OOOOOOODDDOO"),
        ("/settings/{S}/self-evaluation/voices",                    "OOOOOOOOOOON"),
        ("/settings/{S}/self-evaluation/voices/emails",             "DDDDDDDOOODN"),
        ("/settings/{S}/self-evaluation/voices/sheet",              "DDDDDDDOOODN"),
        ("/settings/{S}/questionnaires",                            "OOOOOOOOOOON"),
        ("/settings/{S}/questionnaires/new",                        "DDDDDDDOODDN"),
        ("/questionnaires/{Q}",                                     "OOOOOOOOOOON"),
        ("/self-evaluation/voice-questions",                        "OOODDDDDDDDO"),
        ("/self-evaluation/voice-questions/ofsted-renewed-2025/inclusion/parents", "OOODDDDDDDDO"),
        ("/settings/{S}/rooms",                                     "OOOOOOOOOOON"),
        ("/screening",                                              "OOOOOOOOOOOO"),
        ("/settings/{S}/screening",                                 "OOOOOOOOOOON"),
        ("/settings/{S}/screening/children",                        "NNNNNNNOOONN"),
        ("/settings/{S}/screening/new",                             "DDDDDDDOOODD"),
        ("/screening/rounds/{R}",                                   "OOOOOOOOOOON"),
        ("/screening/rounds/{R}/grid",                              "NNNNNNNOOONN"),
        ("/funding",                                                "OOOOOOODDDOO"),
        ("/people",                                                 "ODDDDDDODDOO"),
        ("/imports",                                                "ODDDDDDDDDOO"),
        ("/audit",                                                  "ODDDDDDDDDOO"),
        ("/outbox",                                                 "ODDDDDDDDDOO"),
        ("/instruments/ecers-3/texts",                              "ODDDDDDODDDO"),
        ("/audits/import",                                          "OOOOOOODDDOO"),
        ("/audits/export",                                          "OOOOOOOOOOOO"),
        ("/audits/export?setting={S}",                              "OOOOOOOOOOON"),
    ];

    public static TheoryData<string> EveryUser => [.. Users];
}

public sealed class DemoPagesTestsOnSqlite(DemoSqliteFixture app) : DemoPagesTests<DemoSqliteFixture>(app);

public sealed class DemoPagesTestsOnPostgres(DemoPostgresFixture app) : DemoPagesTests<DemoPostgresFixture>(app);
