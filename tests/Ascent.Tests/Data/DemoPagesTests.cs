using System.Globalization;
using System.Net;
using Ascent.Tests.Support;
using Ascent.Web.Data.Demo;
using Ascent.Web.Domain.QualityMark;
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
            ["{QC}"] = await db.Cohorts.IgnoreQueryFilters().Where(c => c.Name == DemoQualityMark.CohortName).Select(c => c.Id).FirstAsync(),
            ["{QA}"] = await db.Accreditations.IgnoreQueryFilters().Where(a => db.Settings.IgnoreQueryFilters().Any(s => s.Id == a.SettingId && s.Name == DemoUsers.DemoSettingName)).Select(a => a.Id).FirstAsync(),
            ["{QH}"] = await db.Accreditations.IgnoreQueryFilters().Where(a => a.Status == AccreditationStatus.Accredited).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            ["{QT}"] = await db.Tenants.IgnoreQueryFilters().Where(t => t.Name == DemoUsers.TenantName).Select(t => t.Id).SingleAsync(),
            ["{QN}"] = await db.NetworkMeetings.IgnoreQueryFilters().OrderBy(m => m.Date).Select(m => m.Id).FirstAsync(),
            ["{BS}"] = await db.Bulletins.IgnoreQueryFilters().Where(b => b.Title == DemoBulletins.ToAll).Select(b => b.Id).SingleAsync(),
            ["{BD}"] = await db.Bulletins.IgnoreQueryFilters().Where(b => b.Title == DemoBulletins.Draft).Select(b => b.Id).SingleAsync(),
            ["{PN}"] = await db.Partnerships.IgnoreQueryFilters().Where(p => p.Name == DemoPartnerships.Network).Select(p => p.Id).SingleAsync(),
            ["{NQ}"] = await db.NetworkQuestions.IgnoreQueryFilters().OrderBy(q => q.Id).Select(q => q.Id).FirstAsync(),
            ["{B}"] = await db.BuddyPairings.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            ["{BV}"] = await db.BuddyPairings.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => p.Visits.OrderBy(v => v.Id).First().Id).FirstAsync(),
            ["{MH}"] = await db.Meetings.IgnoreQueryFilters().OrderBy(m => m.Date).Select(m => m.Id).FirstAsync(),
            ["{MN}"] = await db.Meetings.IgnoreQueryFilters().OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync(),
        });
        foreach (var (key, id) in await app.WithDbAsync((db, _) => DemoPageAccess.OfferIdsAsync(db)))
            ids[key] = id;
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
public static partial class DemoPageAccess
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
        "coordinator@northfield.example",       // Quality Mark Coordinator
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
    /// questionnaire round, {QC} the quality mark's demo cohort, {QA} the demo setting's application to it (waiting for
    /// the coordinator, no evaluator), {QH} an accreditation of the demo's history (accredited, another setting's, no
    /// evaluator): all Northfield's; {QT} is Northfield itself, whose public register anyone may read; {PN} the EYFS network.
    public static IReadOnlyList<(string Url, string Expected)> Pages { get; } =
    [
        // Columns: LA admin, ISM, senior adviser, adviser, sufficiency, inclusion, evaluator, coordinator, owner, manager, practitioner, sysadmin, Eastmoor
        ("/",                                                       "OOOOOOOOOOOOO"),
        ("/account",                                                "OOOOOOOOOOOOO"),
        ("/notifications",                                          "OOOOOOOOOOOOO"),
        ("/manage",                                                 "OOOOOOOOOOOOO"),
        ("/settings",                                               "OOOOOOOOOOOOO"),
        ("/settings?Query=nursery",                                 "OOOOOOOOOOOOO"),
        ("/settings/{S}",                                           "OOOOOOOOOOOON"),
        ("/settings/{S}/self-evaluation",                           "OOOOOOOOOOOON"),
        ("/settings/{S}/plan",                                      "OOOOOOOOOOOON"),
        ("/settings/{S}/plan/goal",                                 "PPPPPPPPOOOPN"),
        ("/settings/{S}/charts",                                    "OOOOOOOOOOOON"),
        ("/settings/{S}/charts/measures/new",                       "DDOODDDDOODDD"),
        ("/settings/{S}/charts/import",                             "DDOODDDDOODDD"),
        ("/settings/{S}/audits",                                    "OOOOOOOOOOOON"),
        ("/audits",                                                 "OOOOOOOODDDOO"),
        ("/audits/{A}",                                             "OOOOOOOOOOODN"),
        ("/audits/{A}/results",                                     "OOOOOOOOOOOON"),
        ("/audits/{A}/amend",                                       "DDOODDODOODDD"),
        ("/audits/{L}/results",                                     "OOOOOOOOOOOON"),
        ("/instruments/agreement",                                  "OOOOOOOOOOOOO"),
        ("/settings/{S}/groupings",                                 "OOOOODDDDDDDN"),
        ("/settings/{S}/judgements/new",                            "OOOOODDDDDDDN"),
        ("/settings/{S}/judgements/new?Framework=ofsted-renewed-2025", "OOOOODDDDDDDN"),
        ("/settings/{S}/notices/new",                               "OOOOODDDDDDDN"),
        ("/settings/{S}/contacts",                                  "OOOOODDDOODDN"),
        ("/settings/groupings",                                     "OOOOODDDDDDDO"),
        ("/settings/{S}/visits",                                    "OOOOOOOOOOODN"),
        ("/settings/{S}/visits/new",                                "OOOOOOOODDDDN"),
        ("/settings/{S}/audits/new",                                "DDOODDODOODDD"),
        ("/visits",                                                 "OOOOOOOOOOODO"),
        ("/visits?show=all",                                        "OOOOOOOOOOODO"),
        ("/visits?show=fortnight",                                  "OOOOOOOOOOODO"),
        ("/visits?show=notes",                                      "OOOOOOOOOOODO"),
        ("/visits?show=review",                                     "OOOOOOOOOOODO"),
        ("/visits/templates",                                       "OOODDDDDDDDDO"),
        ("/visits/templates/pathway",                               "OOODDDDDDDDDO"),
        ("/tasks",                                                  "OOOOOOOODDDOO"),
        ("/tasks?show=overdue",                                     "OOOOOOOODDDOO"),
        ("/tasks?show=missed",                                      "OOOOOOOODDDOO"),
        ("/tasks?show=cancellations",                               "OOOOOOOODDDOO"),
        ("/tasks?show=funding-reviews",                             "OOOOOOOODDDOO"),
        ("/tasks?show=met",                                         "OOOOOOOODDDOO"),
        ("/cases",                                                  "OOOOOOOODDDOO"),
        ("/cases?Show=unallocated",                                 "OOOOOOOODDDOO"),
        ("/cases?Show=closed",                                      "OOOOOOOODDDOO"),
        ("/cases/overview",                                         "OOODDDDDDDDDO"),
        ("/cases/initial",                                          "ODODDDDDDDDDO"),
        ("/cases/{C}",                                              "OOOOOOOODDDON"),
        ("/cases/{K}/tasks/{T}",                                    "OOOOOOOODDDON"),
        ("/cases/{C}/concerns",                                     "OOOOOOOODDDON"),
        ("/cases/{C}/close",                                        "OOODDDDDDDDDN"),
        ("/pathways",                                               "OOOOOOOODDDNO"),
        ("/pathways/versions/{V}",                                  "OOOOOOOODDDON"),
        ("/pathways/terms",                                         "OOOOOOOODDDNO"),
        ("/instruments",                                            "OOOOOOOOOOOOO"),
        ("/instruments/ecers-3",                                    "OOOOOOOOOOOOO"),
        ("/self-evaluation/calibration",                            "OOOOOOOODDDOO"),
        ("/settings/{S}/self-evaluation/voices",                    "OOOOOOOOOOOON"),
        ("/settings/{S}/self-evaluation/voices/emails",             "DDDDDDDDOOODN"),
        ("/settings/{S}/self-evaluation/voices/sheet",              "DDDDDDDDOOODN"),
        ("/settings/{S}/questionnaires",                            "OOOOOOOOOOOON"),
        ("/settings/{S}/questionnaires/new",                        "DDDDDDDDOODDN"),
        ("/questionnaires/{Q}",                                     "OOOOOOOOOOOON"),
        ("/self-evaluation/voice-questions",                        "OOODDDDDDDDDO"),
        ("/self-evaluation/voice-questions/ofsted-renewed-2025/inclusion/parents", "OOODDDDDDDDDO"),
        ("/settings/{S}/rooms",                                     "OOOOOOOOOOOON"),
        ("/screening",                                              "OOOOOOOOOOOOO"),
        ("/settings/{S}/screening",                                 "OOOOOOOOOOOON"),
        ("/settings/{S}/screening/children",                        "NNNNNNNNOOONN"),
        ("/settings/{S}/screening/new",                             "DDDDDDDDOOODD"),
        ("/screening/rounds/{R}",                                   "OOOOOOOOOOOON"),
        ("/screening/rounds/{R}/grid",                              "NNNNNNNNOOONN"),
        ("/funding",                                                "OOOOOOOODDDOO"),
        ("/people",                                                 "ODDDDDDDODDOO"),
        ("/imports",                                                "ODDDDDDDDDDOO"),
        ("/audit",                                                  "ODDDDDDDDDDOO"),
        ("/outbox",                                                 "ODDDDDDDDDDOO"),
        ("/instruments/ecers-3/texts",                              "ODDDDDDDODDDO"),
        ("/audits/import",                                          "OOOOOOOODDDOO"),
        ("/audits/export",                                          "OOOOOOOOOOOOO"),
        ("/audits/export?setting={S}",                              "OOOOOOOOOOOON"),

        // Quality mark: cohorts and applications
        ("/quality-mark",                                           "OOOOOOOOOOODO"),
        ("/quality-mark/cohorts/new",                               "OODDDDDODDDDO"),
        ("/quality-mark/cohorts/{QC}",                              "OOOOOOOODDDDN"),
        ("/quality-mark/cohorts/{QC}/edit",                         "OODDDDDODDDDN"),
        ("/quality-mark/cohorts/{QC}/apply",                        "DDDDDDDDOODDD"),
        ("/quality-mark/accreditations/{QA}",                       "OOOOOOOOOOODN"),
        ("/quality-mark/accreditations/{QH}",                       "OOOOOOOONNNDN"),
        // Quality mark: end-of-cohort evaluation (the coordinators, as the cohort's edit page)
        ("/quality-mark/cohorts/{QC}/evaluation",                   "OODDDDDODDDDN"),
        // Quality mark: evaluators, allocation (the coordinators), time (the coordinators and the allocated evaluator:
        // {QA} has none, so Ruth Evans is not told it exists) and costs (the coordinators)
        ("/quality-mark/evaluators",                                "OODDDDOODDDDO"),
        ("/quality-mark/accreditations/{QA}/evaluator",             "OODDDDDODDDDN"),
        ("/quality-mark/accreditations/{QA}/time",                  "OODDDDNODDDDN"),
        ("/quality-mark/accreditations/{QH}/time",                  "OODDDDNODDDDN"),
        ("/quality-mark/cohorts/{QC}/costs",                        "OODDDDDODDDDN"),
        ("/quality-mark/cohorts/{QC}/costs.csv",                    "OODDDDDODDDDN"),
        // Quality mark: portfolio (the LA and the setting's own staff) and case studies (the setting's staff write them)
        ("/quality-mark/accreditations/{QA}/portfolio",             "OOOOOOOOOOODN"),
        ("/quality-mark/accreditations/{QH}/portfolio",             "OOOOOOOONNNDN"),
        ("/quality-mark/accreditations/{QH}/portfolio/annual-review-1", "OOOOOOOONNNDN"),
        ("/quality-mark/accreditations/{QA}/portfolio/annual-review-1", "NNNNNNNNNNNDN"),
        ("/quality-mark/accreditations/{QA}/case-studies/new",      "DDDDDDDDOOODN"),
        // Quality mark: decision, certificate (only while accredited), reviews and the public register (anyone)
        ("/quality-mark/accreditations/{QA}/decision",              "OOOOOOOOOOODN"),
        ("/quality-mark/accreditations/{QH}/decision",              "OOOOOOOONNNDN"),
        ("/quality-mark/accreditations/{QA}/certificate",           "NNNNNNNNNNNDN"),
        ("/quality-mark/accreditations/{QH}/certificate",           "OOOOOOOONNNDN"),
        ("/quality-mark/reviews",                                   "OOOOOOOODDDDO"),
        ("/quality-mark/register/{QT}",                             "OOOOOOOOOOOOO"),
        ("/quality-mark/register/{QT}.csv",                         "OOOOOOOOOOOOO"),
        // Quality mark: impact
        ("/quality-mark/impact",                                    "OOOOOOOODDDDO"),
        ("/quality-mark/impact?handler=word",                       "OOOOOOOODDDDO"),
        ("/quality-mark/impact?handler=excel",                      "OOOOOOOODDDDO"),
        // Quality mark: schemes (the demo runs the shipped scheme; uploads are tested in Pages/QualityMark/Schemes)
        ("/quality-mark/schemes",                                   "OOOOOOOODDDDO"),
        ("/quality-mark/schemes/shipped/quality-mark",              "OOOOOOOODDDDO"),
        // Quality mark: network meetings (the demo setting is not a member, so not invited)
        ("/quality-mark/networks",                                  "OOOOOOOOOOODO"),
        ("/quality-mark/networks/new",                              "OODDDDDODDDDO"),
        ("/quality-mark/networks/{QN}",                             "OOOOOOOONNNDN"),
        ("/quality-mark/networks/{QN}/attendance",                  "OODDDDDODDDDN"),
        // Bulletins ({BS} sent to every Northfield setting, {BD} a draft: the LA's alone) and questions to the EYFS
        // network ({PN}, which the demo setting belongs to)
        ("/bulletins",                                              "OOOOOOOOOOODO"),
        ("/bulletins/write",                                        "OOODDDDDDDDDO"),
        ("/bulletins/{BS}",                                         "OOOOOOOOOOODN"),
        ("/bulletins/{BD}",                                         "OOOOOOOONNNDN"),
        ("/bulletins/write/{BD}",                                   "OOODDDDDDDDDN"),
        ("/partnerships/{PN}/questions",                            "OOOOOOOOOOODN"),
        ("/partnerships/{PN}/questions/{NQ}",                       "OOOOOOOOOOODN"),
        // Buddying ({B} is the demo's pairing, between two settings that are not the demo setting; {BV} its held visit)
        ("/buddying",                                               "OOOOOOOOOOODO"),
        ("/buddying/new",                                           "OOOODDDDDDDDO"),
        ("/buddying/new?setting={S}",                               "OOOODDDDDDDDN"),
        ("/buddying/limit",                                         "OOOODDDDDDDDO"),
        ("/buddying/{B}",                                           "OOOOOOOONNNDN"),
        ("/buddying/{B}/visits/new",                                "OOOODDDDDDDDN"),
        ("/buddying/{B}/visits/{BV}",                               "OOOODDDDNNNDN"),
        ("/buddying/{B}/review",                                    "OOOODDDDDDDDN"),
        // Partnerships and members: {PN} is the demo's EYFS network, which the demo setting belongs to
        ("/partnerships",                                           "OOOOOOOOOOODO"),
        ("/partnerships/kinds",                                     "OOOOOOOODDDDO"),
        ("/partnerships/new",                                       "OOOODDDDDDDDO"),
        ("/partnerships/localities",                                "OOOODDDDDDDDO"),
        ("/partnerships/{PN}",                                      "OOOOOOOOOOODN"),
        ("/partnerships/{PN}/edit",                                 "OOOODDDDDDDDN"),
        ("/partnerships/{PN}/members/partner",                      "OOOODDDDDDDDN"),
        ("/partnerships/{PN}/members/upload",                       "OOOODDDDDDDDN"),
        // Partnerships' meetings ({PN} the EYFS network, with the demo setting; {MH} its held meeting, {MN} its next)
        ("/partnerships/{PN}/meetings",                             "OOOOOOOOOOODN"),
        ("/partnerships/{PN}/meetings/new",                         "OOOODDDDDDDDN"),
        ("/partnerships/attendance",                                "OOOODDDDDDDDO"),
        ("/meetings/{MH}",                                          "OOOOOOOOOOODN"),
        ("/meetings/{MN}",                                          "OOOOOOOOOOODN"),
        ("/meetings/{MN}/edit",                                     "OOOODDDDDDDDN"),
        ("/meetings/{MN}/cancel",                                   "OOOODDDDDDDDN"),
        ("/meetings/{MN}/agenda",                                   "OOOODDDDOODDN"),
        ("/meetings/{MH}/attendance",                               "OOOODDDDDDDDN"),
        ("/meetings/{MH}/minutes",                                  "OOOODDDDDDDDN"),
        .. OfferPages,
    ];

    public static TheoryData<string> EveryUser => [.. Users];
}

public sealed class DemoPagesTestsOnSqlite(DemoSqliteFixture app) : DemoPagesTests<DemoSqliteFixture>(app);

public sealed class DemoPagesTestsOnPostgres(DemoPostgresFixture app) : DemoPagesTests<DemoPostgresFixture>(app);
