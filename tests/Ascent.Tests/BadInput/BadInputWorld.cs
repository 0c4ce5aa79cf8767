using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ascent.Tests.Support;
using Ascent.Web.Domain.Evidence;
using Ascent.Web.Domain.Funding;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.People;
using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ascent.Tests.Pages.Visits.VisitFlowSupport;

namespace Ascent.Tests.BadInput;

/// The things the forms act on (a case with its tasks, visits held and planned, a note, a self-evaluation, a goal,
/// evidence, invitations and links), made through the pages where that is quick, and the pages to probe in an
/// order that leaves what ends a thing (cancelling, closing, deleting, signing out) to the end.
public sealed partial class BadInputWorld
{
    public const string Manager = "manager.badinput@ashdown.test";

    public const string ServiceOwner = "owner.badinput@banksia.test";

    /// Brightwater's administrator, signed in with the password and waiting for the second step.
    private const string Pending = "pending:" + TestWorld.AdminB;

    /// Every page with a POST handler. A page added without an entry here fails EveryPageWithAForm_IsInTheSuite.
    public static readonly string[] CoveredPages =
    [
        "/account/accept-invitation", "/account/forgot-password", "/account/passkeys", "/account/password",
        "/account/recovery-code", "/account/reset-password", "/account/sessions", "/account/sign-in", "/account/sign-out", "/account/tokens", "/account/two-factor", "/account/two-factor-authentication",
        "/error/{code:int?}", // no form: the page status-code errors are shown with, probed with every number below
        "/cases/{id:int}/close", "/cases/{id:int}/concerns/{concernId:int?}", "/cases/initial", "/cases/{id:int}/tasks/{taskId:int}",
        "/outbox", "/evidence/{id:int}", "/settings/{id:int}/evidence", "/settings/{id:int}/evidence/item/{evidenceId:int?}",
        "/funding/{id:int}", "/funding/letter-template", "/imports", "/imports/check/{id:long}", "/imports/{id:long}", "/cases/import-reviews", "/plan-goals/{id:int}", "/settings/{id:int}/plan/goal/{goalId:int?}",
        "/settings/{id:int}/plan", "/settings/{id:int}/plan/service", "/settings/{id:int}/plan/share", "/notifications", "/pathways",
        "/pathways/terms", "/instruments", "/people/invitations/{id:int}/cancel", "/people/{id:guid}", "/people/invite",
        "/settings/{id:int}/self-evaluation/{area}", "/self-evaluation/guidance/{framework}/{area}", "/settings/{id:int}/self-evaluation",
        "/self-evaluations/{id:int}", "/settings/{id:int}/self-evaluation/voices", "/settings/{id:int}/contacts/{contactId:int?}",
        "/settings/{id:int}/groupings", "/settings/groupings", "/settings/{id:int}/judgements/new", "/settings/{id:int}/notices/new",
        "/tenants/{id:int}", "/visits/{id:int}/cancel", "/visits/{id:int}", "/visits/{id:int}/edit", "/visits/{id:int}/note",
        "/settings/{id:int}/visits/new", "/visits/{id:int}/preparation", "/visits/templates/{purpose}", "/voices/{token}", "/v/{token}",
        "/settings/{id:int}/self-evaluation/voices/emails", "/settings/{id:int}/self-evaluation/voices/sheet", "/self-evaluation/voice-questions/{framework}/{area}/{audience}",
        .. ChartsBadInput.CoveredPages, .. AuditPages, "/audits/{id:int}/results", .. ScreeningPages, .. QualityMarkPages, .. QuestionnairePages, "/instruments/{code}/texts", "/audits/import",
        .. BulletinPages, .. BuddyingPages, .. PartnershipPages, .. PartnershipMeetingPages, .. OfferPages,
    ];

    private readonly AscentFixture _app;
    private readonly Dictionary<string, Browser> _browsers = [];

    private BadInputWorld(AscentFixture app) => _app = app;

    public List<Target> Targets { get; } = [];

    /// Form actions the suite leaves alone: they end the session it is using to probe everything else.
    public static bool Skipped(string action) =>
        action.Contains("handler=Disable", StringComparison.Ordinal);

    /// The page (route template) a form posts to, to check that every page was reached.
    public static string? PageOf(string action)
    {
        var path = action.Split('?')[0];
        return CoveredPages.OrderBy(p => p.Count(c => c == '{')).FirstOrDefault(p => Regex.IsMatch(path, "^" + TemplateParameter().Replace(OptionalParameter().Replace(p, "(/[^/]+)?"), "/[^/]+") + "$"));
    }

    public static string GoodFileName(string action) =>
        action.Contains("groupings", StringComparison.Ordinal) || action.Contains("imports", StringComparison.Ordinal) || IsMemberUpload(action) || TransferUploads.Is(action) ? "file.csv"
        : action.Contains("letter-template", StringComparison.Ordinal) ? "letter.docx" : "evidence.pdf";

    public static byte[] GoodFile(string action) =>
        TransferUploads.Is(action) ? TransferUploads.GoodFile(action) : action.Contains("groupings", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes("URN,District,Ward,Locality partnership\nEY100002,North,Hill,East\n")
        : action.Contains("imports", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes("URN,Name\n")
        : IsMemberUpload(action) ? Encoding.UTF8.GetBytes("Partner name,Role,Partner type\nBad Input Library,Member,Library\n")
        : Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public async Task<Browser> BrowserForAsync(string? user, bool fresh = false)
    {
        var key = user ?? "";
        if (!fresh && _browsers.TryGetValue(key, out var browser))
            return browser;
        _browsers.Remove(key, out var old);
        old?.Dispose();
        browser = _app.NewBrowser();
        if (user == Pending)
            await browser.SubmitAsync(await browser.GetAsync("/account/sign-in"), new Dictionary<string, string> { ["Input.Email"] = TestWorld.AdminB, ["Input.Password"] = TestWorld.Password });
        else if (user is not null)
            await browser.SignInAsync(user);
        _browsers[key] = browser;
        return browser;
    }

    public static async Task<BadInputWorld> BuildAsync(AscentFixture app)
    {
        var world = new BadInputWorld(app);
        var w = app.World;
        var a1 = w.SettingA1Id;
        await world.AddUserAsync(Manager, Roles.ImprovementAndStandardsManager, null);

        // A case on Acorn's requires-improvement pathway, with a visit held and written up and a visit planned.
        var supportCase = await OpenAllocatedCaseAsync(app, a1, "3");
        var adviser = await world.BrowserForAsync(TestWorld.AdviserA);
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        var held = await PlanCaseVisitAsync(app, adviser, supportCase, today, "11pm");
        await RecordHeldAsync(adviser, held);
        await StartNoteAsync(adviser, held);
        var planned = await PlanCaseVisitAsync(app, adviser, supportCase, today.AddDays(14), "10am");
        var spare = await PlanVisitAsync(adviser, a1, today.AddDays(21));
        var tasks = await app.WithDbAsync((db, _) => db.CaseTasks.IgnoreQueryFilters().Where(t => t.CaseId == supportCase.Id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());

        // The owner's self-evaluation, a voice link, a goal and a piece of evidence.
        var owner = await world.BrowserForAsync(TestWorld.OwnerA1);
        var selfEvaluation = await owner.GetAsync($"/settings/{a1}/self-evaluation");
        selfEvaluation = await owner.SubmitAsync(selfEvaluation, formSelector: "main form[action*='handler=Start']");
        var areaUrl = selfEvaluation.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .First(h => h.StartsWith($"/settings/{a1}/self-evaluation/", StringComparison.Ordinal) && !h.EndsWith("/voices", StringComparison.Ordinal));
        var voices = await owner.GetAsync($"/settings/{a1}/self-evaluation/voices");
        voices = await owner.SubmitAsync(voices, new Dictionary<string, string> { ["Label"] = "A parent", ["Audience"] = voices.Document.QuerySelector("main input[name='Audience']")!.GetAttribute("value")! }, "main form[action*='handler=Create']");
        var voiceToken = VoiceLink().Match(voices.Text).Groups[1].Value;
        var sheet = await owner.SubmitAsync(await owner.GetAsync($"/settings/{a1}/self-evaluation/voices/sheet"), new Dictionary<string, string> { ["Audience"] = "Parent", ["Count"] = "1" });
        var printedLink = new Uri(sheet.Document.QuerySelector(".app-voice-sheet__url")!.TextContent.Trim()).AbsolutePath;
        var (goalId, evidenceId, evaluationId, serviceId, decisionId) = await app.WithDbAsync(async (db, _) =>
        {
            var setting = await db.Settings.IgnoreQueryFilters().SingleAsync(s => s.Id == a1);
            var goal = new PlanGoal(setting, GoalSource.Own, "Olu Owner", app.Time.GetUtcNow());
            goal.Describe("Better transitions", null, null, null, GoalPriority.High, null, null);
            db.PlanGoals.Add(goal);
            var item = new EvidenceItem(setting.TenantId, setting.Id, "Olu Owner", app.Time.GetUtcNow());
            item.Describe("Risk assessment", null, null, new DateOnly(2026, 9, 1));
            item.Attach("risk.pdf", "application/pdf", [37, 80, 68, 70]);
            db.EvidenceItems.Add(item);
            var service = new Setting(w.TenantAId, "SE-00000001", "Banksia Early Learning", "Centre-Based Care", null) { Regulator = "ACECQA" };
            db.Settings.Add(service);
            var inspection = await db.Inspections.IgnoreQueryFilters().Where(i => i.SettingId == a1).OrderByDescending(i => i.Date).FirstAsync();
            db.InspectionItems.Add(new InspectionItem(inspection, InspectionItemKind.Action, "Improve staff supervision", null));
            db.Notifications.Add(new Ascent.Web.Domain.Notifications.Notification(w.TenantAId, w.UserIds[TestWorld.OwnerA1], "Your adviser commented", $"/settings/{a1}/plan", app.Time.GetUtcNow(), false));
            var failed = new Ascent.Web.Domain.Email.OutboxMessage(w.TenantAId, "A message that failed", "nobody@example.test", [1], app.Time.GetUtcNow());
            failed.MarkFailed("Refused", app.Time.GetUtcNow(), null);
            db.OutboxMessages.Add(failed);
            var decision = new FundingDecision(w.TenantAId, a1, ["ff2"], FundingState.Withdrawn, "test", "A test proposal", null, null, app.Time.GetUtcNow());
            db.FundingDecisions.Add(decision);
            await db.SaveChangesAsync();
            var evaluation = await db.SelfEvaluations.IgnoreQueryFilters().Where(e => e.SettingId == a1).Select(e => e.Id).SingleAsync();
            return (goal.Id, item.Id, evaluation, service.Id, decision.Id);
        });

        // Two invitations (one to accept, one to cancel) and a password reset, with the links the e-mails carry.
        var admin = await world.BrowserForAsync(TestWorld.AdminA);
        var acceptToken = await world.InviteAsync(admin, "first.invitee@example.test");
        await world.InviteAsync(admin, "second.invitee@example.test");
        var invitationId = await app.WithDbAsync((db, _) => db.Invitations.IgnoreQueryFilters().Where(i => i.Email == "second.invitee@example.test").Select(i => i.Id).SingleAsync());
        var anonymous = await world.BrowserForAsync(null);
        await anonymous.SubmitAsync(await anonymous.GetAsync("/account/forgot-password"), new Dictionary<string, string> { ["Email"] = TestWorld.OwnerA2 });
        var reset = await app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == TestWorld.OwnerA2), "the reset link", TimeSpan.FromSeconds(20));
        var resetUrl = WebUtility(ResetLink().Match(reset.TextBody ?? reset.HtmlBody ?? "").Value);
        var templates = await (await world.BrowserForAsync(TestWorld.SeniorA)).GetAsync("/visits/templates");
        var templateUrl = templates.Document.QuerySelectorAll("main a[href^='/visits/templates/']")[0].GetAttribute("href")!;
        var ownerA2 = w.UserIds[TestWorld.OwnerA2];
        await world.AddUserAsync(ServiceOwner, Roles.SettingOwner, serviceId);
        using (var elsewhere = app.NewBrowser())
            await elsewhere.SignInAsync(TestWorld.SeniorA);

        // Ashdown's latest import (to revert), a case it is taken to have opened (to review), and an upload waiting on
        // its check page (to import).
        var (importedRun, uploadedRun) = await app.WithDbAsync(async (db, _) =>
        {
            var imported = new Ascent.Web.Domain.Imports.ImportRun(w.TenantAId, "ofsted", "earlier.csv", "Ada Admin", app.Time.GetUtcNow());
            imported.Succeed(app.Time.GetUtcNow());
            var uploaded = Ascent.Web.Domain.Imports.ImportRun.Uploaded(w.TenantAId, "ofsted", "file.csv", "Ada Admin", app.Time.GetUtcNow());
            db.ImportRuns.AddRange(imported, uploaded);
            await db.SaveChangesAsync();
            var csv = Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles.Csv(
                Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles.Row(("Provider URN", "EY100001"), ("Local authority", "Ashdown")),
                Ascent.Tests.Services.Imports.Ofsted.OfstedTestFiles.Row(("Provider URN", "EY100002"), ("Local authority", "Ashdown")));
            db.ImportUploads.Add(new Ascent.Web.Domain.Imports.ImportUpload(uploaded.Id, 0, "file.csv", Encoding.UTF8.GetBytes(csv)));
            db.ImportChanges.Add(new Ascent.Web.Domain.Imports.ImportChange(imported.Id, w.TenantAId, a1, "SupportCase", supportCase.Id, Ascent.Web.Domain.Imports.ImportChangeKinds.CaseOpened, null));
            await db.SaveChangesAsync();
            return (imported.Id, uploaded.Id);
        });

        string I(int id) => id.ToString(CultureInfo.InvariantCulture);
        string L(long id) => id.ToString(CultureInfo.InvariantCulture);
        world.Targets.AddRange(
        [
            // Accepting an invitation signs the browser in as the new person, so it comes last of these.
            new(null, "/account/sign-in"), new(null, "/account/forgot-password"), new(null, resetUrl),
            new(null, $"/voices/{voiceToken}"), new(null, printedLink), new(null, $"/account/accept-invitation?token={acceptToken}"),
            new(TestWorld.AdviserWithoutTwoFactorA, "/account/two-factor-authentication"),
            new(TestWorld.AdminA, "/people/invite"), new(TestWorld.AdminA, $"/people/{ownerA2}"),
            new(TestWorld.AdminA, "/settings/groupings"), new(TestWorld.AdminA, $"/settings/{a1}/groupings"),
            new(TestWorld.AdminA, $"/settings/{a1}/contacts"), new(TestWorld.AdminA, "/pathways"), new(TestWorld.AdminA, "/pathways/terms"),
            new(TestWorld.AdminA, "/account/tokens"), new(TestWorld.AdminA, "/account/password"), new(TestWorld.AdminA, "/account/passkeys"),
            new(TestWorld.AdminA, "/self-evaluation/guidance/ofsted-renewed-2025/safeguarding"), new(TestWorld.AdminA, "/funding/letter-template"),
            new(TestWorld.AdminA, "/outbox"), new(TestWorld.AdminA, "/cases/initial"), new(TestWorld.AdminA, "/instruments"),
            new(Manager, $"/funding/{I(decisionId)}"), new(ServiceOwner, $"/settings/{I(serviceId)}/plan/service"),
            new(TestWorld.SystemAdmin, $"/tenants/{I(w.TenantAId)}"),
            new(TestWorld.OwnerA1, $"/settings/{a1}/plan/goal"), new(TestWorld.OwnerA1, $"/settings/{a1}/plan/goal/{I(goalId)}"),
            new(TestWorld.OwnerA1, $"/plan-goals/{I(goalId)}"), new(TestWorld.OwnerA1, $"/settings/{a1}/plan"),
            new(TestWorld.OwnerA1, $"/settings/{a1}/plan/share"), new(TestWorld.OwnerA1, $"/settings/{a1}/evidence/item"),
            new(TestWorld.OwnerA1, $"/settings/{a1}/evidence/item/{I(evidenceId)}"), new(TestWorld.OwnerA1, $"/settings/{a1}/evidence?Goal={I(goalId)}"),
            new(TestWorld.OwnerA1, areaUrl), new(TestWorld.OwnerA1, $"/settings/{a1}/self-evaluation/voices"),
            new(TestWorld.OwnerA1, $"/settings/{a1}/self-evaluation/voices/emails"), new(TestWorld.OwnerA1, $"/settings/{a1}/self-evaluation/voices/sheet"), new(TestWorld.AdminA, "/self-evaluation/voice-questions/ofsted-renewed-2025/safeguarding/parents"),
            new(TestWorld.OwnerA1, $"/visits/{I(planned)}/preparation"), new(TestWorld.OwnerA1, "/notifications"), new(TestWorld.OwnerA1, await AuditResultsAsync(app, a1, today)),
            new(TestWorld.AdviserA, $"/self-evaluations/{I(evaluationId)}"),
            new(TestWorld.AdviserA, $"/visits/{I(held)}/note"), new(TestWorld.AdviserA, $"/visits/{I(planned)}/edit"),
            new(TestWorld.AdviserA, $"/visits/{I(planned)}"), new(TestWorld.AdviserA, $"/settings/{a1}/visits/new"),
            new(TestWorld.SeniorA, templateUrl), new(TestWorld.SeniorA, $"/cases/{I(supportCase.Id)}/concerns"),
            new(TestWorld.SeniorA, "/cases/import-reviews"), new(TestWorld.AdminA, "/instruments/ecers-3/texts"), new(TestWorld.AdminA, "/audits/import"),
        ]);
        world.Targets.AddRange([.. tasks.Select(t => new Target(TestWorld.AdviserA, $"/cases/{I(supportCase.Id)}/tasks/{I(t)}")), .. await world.AuditTargetsAsync(a1), .. await ChartsBadInput.TargetsAsync(app, a1, today), .. await ScreeningTargetsAsync(app),
            .. await QualityMarkTargetsAsync(app), .. await BulletinTargetsAsync(app), .. await BuddyingTargetsAsync(app), .. await PartnershipTargetsAsync(app), .. await PartnershipMeetingTargetsAsync(app), .. await OfferTargetsAsync(app)]);
        world.Targets.AddRange(
        [
            // What ends things comes last: a judgement or a notice moves or closes the case.
            new(TestWorld.AdminA, $"/settings/{a1}/judgements/new?Framework=ofsted-eif-2019"), new(TestWorld.AdminA, $"/settings/{a1}/notices/new"),
            new(TestWorld.OwnerA1, $"/settings/{a1}/self-evaluation"), new(TestWorld.OwnerA1, $"/evidence/{I(evidenceId)}"),
            new(TestWorld.AdminA, $"/people/invitations/{I(invitationId)}/cancel"), new(TestWorld.OwnerA1, $"/visits/{I(spare)}/cancel"),
            new(TestWorld.SeniorA, $"/cases/{I(supportCase.Id)}/close"), new(TestWorld.AdminA, $"/imports/{L(importedRun)}?revert=true"),
            new(TestWorld.AdminA, $"/imports/check/{L(uploadedRun)}"), new(TestWorld.AdminA, "/imports"),
            new(Pending, "/account/two-factor"), new(Pending, "/account/recovery-code"),
            new(TestWorld.SeniorA, "/account/sessions"), new(TestWorld.SeniorA, "/account/sign-out"),
        ]);
        return await world.WithQuestionnaireAsync();
    }

    /// A visit planned from the setting's page rather than a case, for the cancelling form.
    private static async Task<int> PlanVisitAsync(Browser adviser, int settingId, DateOnly on)
    {
        var page = await adviser.GetAsync($"/settings/{settingId}/visits/new");
        string First(string name) => page.Document.QuerySelectorAll($"main [name='{name}']")
            .SelectMany(e => e is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Options.Select(o => o.Value) : [e.GetAttribute("value") ?? ""])
            .First(v => v.Length > 0);
        var planned = await adviser.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Purpose"] = First("Purpose"),
            ["Title"] = "A visit to cancel",
            ["Schedule.Date.Day"] = on.Day.ToString(CultureInfo.InvariantCulture),
            ["Schedule.Date.Month"] = on.Month.ToString(CultureInfo.InvariantCulture),
            ["Schedule.Date.Year"] = on.Year.ToString(CultureInfo.InvariantCulture),
            ["Schedule.Time"] = "10am",
            ["Schedule.Duration"] = First("Schedule.Duration"),
        });
        Assert.Empty(planned.ErrorMessages);
        return int.Parse(planned.Url.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    /// The upload forms whose files are checked against the allow-list (or, for groupings, read as UTF-8 CSV).
    public static bool RefusesBadFiles(string action) =>
        action.Contains("/evidence/item", StringComparison.Ordinal) || action.Contains("/preparation", StringComparison.Ordinal)
        || action.StartsWith("/settings/groupings", StringComparison.Ordinal) || TransferUploads.Is(action) || IsMemberUpload(action);

    /// Pages that count a wrong code or password against the account, which is a write on purpose.
    public static bool CountsFailedAttempts(string action) =>
        action.StartsWith("/account/two-factor?", StringComparison.Ordinal) || action == "/account/two-factor"
        || action.StartsWith("/account/recovery-code", StringComparison.Ordinal) || action.StartsWith("/account/sign-in", StringComparison.Ordinal);

    private async Task<string> InviteAsync(Browser admin, string email)
    {
        var page = await admin.GetAsync("/people/invite");
        var role = page.Document.QuerySelector("main input[name='Input.Roles']")!.GetAttribute("value")!;
        var sent = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.DisplayName"] = "Invited Person", ["Input.Roles"] = role });
        Assert.Empty(sent.ErrorMessages);
        var message = await _app.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email), "the invitation", TimeSpan.FromSeconds(20));
        return InvitationToken().Match(message.TextBody ?? message.HtmlBody ?? "").Groups[1].Value;
    }

    private Task AddUserAsync(string email, string role, int? settingId) => _app.WithDbAsync(async (db, services) =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser(email, "Bad Input", _app.World.TenantAId, settingId) { EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, TestWorld.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        if (settingId is null)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            _app.World.AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return true;
    });

    private static string WebUtility(string link) => new Uri(System.Net.WebUtility.HtmlDecode(link)).PathAndQuery;

    [GeneratedRegex(@"/\{[^}]+\}")]
    private static partial Regex TemplateParameter();

    [GeneratedRegex(@"/\{[^}]+\?\}")]
    private static partial Regex OptionalParameter();

    [GeneratedRegex(@"/voices/([A-Za-z0-9_\-]+)")]
    private static partial Regex VoiceLink();

    [GeneratedRegex(@"accept-invitation\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex InvitationToken();

    [GeneratedRegex(@"https?://[^\s""<>]+/account/reset-password\?[^\s""<>]+")]
    private static partial Regex ResetLink();
}
