using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Ascent.Tests.Api;
using Ascent.Tests.Support;
using Ascent.Web.Domain.People;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Security;

/// Tenancy is enforced once, in AppDbContext's query filters. These tests make sure every route that takes an
/// id honours it: a user of LA A asking for LA B's things by id gets "not found", and nothing of B's changes.
/// The routes are listed here; the tests are beside it, one file per area (TenantIsolationTests.Cases.cs, …).
public abstract partial class TenantIsolationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    /// Every route with a parameter, and how to probe it. A route added without an entry here fails the first test.
    private static readonly string[] CoveredRoutes =
    [
        "settings/{id:int}",
        "settings/{id:int}/groupings",
        "settings/{id:int}/judgements/new",
        "settings/{id:int}/notices/new",
        "settings/{id:int}/contacts/{contactId:int?}",
        "settings/{id:int}/rooms",
        "settings/{id:int}/rooms/{roomId:int}",
        "settings/{id:int}/screening",
        "settings/{id:int}/screening/children",
        "settings/{id:int}/screening/new",
        "screening/children/{id:int}",
        "screening/rounds/{id:int}",
        "screening/rounds/{id:int}/grid",
        "screening/rounds/{id:int}/export",
        "screening/rounds/{id:int}/action",
        "tenants/{id:int}",
        "people/{id:guid}",
        "people/invitations/{id:int}/cancel",
        "audit/{id:long}",
        "imports/check/{id:long}",
        "imports/{id:long}",
        "imports/{id:long}/rejected",
        "pathways/versions/{id:int}",
        "instruments/{code}", // not an entity id: a code, within the signed-in LA's own versions (TenantIsolationTests.InstrumentVersions.cs)
        "cases/{id:int}",
        "cases/{id:int}/tasks/{taskId:int}",
        "cases/{id:int}/concerns/{concernId:int?}",
        "cases/{id:int}/close",
        "funding/{id:int}",
        "settings/{id:int}/visits",
        "settings/{id:int}/visits/new",
        "settings/{id:int}/self-evaluation",
        "settings/{id:int}/self-evaluation/{area}",
        "settings/{id:int}/self-evaluation/voices",
        "voices/{token}", // not an entity id: a secret link answered without an account, found by its hash alone
        "v/{token}", // not an entity id: the same, by a printed link's short code
        "settings/{id:int}/self-evaluation/voices/emails",
        "settings/{id:int}/self-evaluation/voices/sheet",
        "self-evaluation/voice-questions/{framework}/{area}/{audience}", // not an entity: codes, within the signed-in LA's own questions
        "self-evaluations/{id:int}",
        "self-evaluation/guidance/{framework}/{area}", // not an entity: codes, within the signed-in LA's own guidance
        "settings/{id:int}/plan",
        "settings/{id:int}/audits",
        "audits/{id:int}/results",
        "settings/{id:int}/plan/goal/{goalId:int?}",
        "settings/{id:int}/plan/document",
        "settings/{id:int}/plan/print",
        "settings/{id:int}/plan/export",
        "plan-goals/{id:int}",
        "settings/{id:int}/plan/history",
        "plan-goals/{id:int}/history",
        "settings/{id:int}/plan/share",
        "shared/plan/{token}", // not an entity id: a secret token, found by its hash and scoped to its own setting
        "settings/{id:int}/plan/service",
        "settings/{id:int}/evidence",
        "settings/{id:int}/evidence/item/{evidenceId:int?}",
        "evidence/{id:int}",
        "evidence/{id:int}/file",
        "settings/{id:int}/charts",
        "settings/{id:int}/charts/series",
        "settings/{id:int}/charts/measures/new",
        "settings/{id:int}/charts/measures/{measureId:int}",
        "settings/{id:int}/charts/import",
        "visits/{id:int}",
        "visits/{id:int}/edit",
        "visits/{id:int}/cancel",
        "visits/{id:int}/preparation",
        "visits/{id:int}/documents/{documentId:int}",
        "visits/{id:int}/note",
        "visits/{id:int}/note/print",
        "visits/{id:int}/note/document",
        "visits/templates/{purpose}", // not an entity: the visit purpose, within the signed-in LA's own templates
        "settings/{id:int}/questionnaires",
        "settings/{id:int}/questionnaires/new",
        "questionnaires/{id:int}",
        "questionnaires/{id:int}/link",
        "questionnaires/{id:int}/paper",
        "questionnaires/{id:int}/close",
        "q/{token}", // not an entity id: a questionnaire round's secret link, found by its hash alone
        "outbox/{id:long}",
        "settings/{id:int}/audits/new",
        "audits/{id:int}",
        "audits/{id:int}/sheets/{sheetId:int}",
        "audits/{id:int}/compare",
        "audits/{id:int}/agree",
        "audits/{id:int}/amend",
        "api/v1/settings/{id:int}",
        "api/v1/settings/{id:int}/inspections",
        "api/{**path}", // not an entity: unknown API paths answer a JSON 404
        "openapi/{documentName}.json", // not an entity: the name of the OpenAPI document
        "error/{code:int?}", // not an entity: the status code of an error page
        "quality-mark/accreditations/{id:int}/portfolio/{stage?}",
        "quality-mark/accreditations/{id:int}/portfolio/{stage}/{requirement}/sign-off",
        "quality-mark/accreditations/{id:int}/case-studies/new",
        "quality-mark/accreditations/{id:int}/case-studies/{caseStudyId:int}",
        "quality-mark/accreditations/{id:int}/case-studies/{caseStudyId:int}/edit",
        "quality-mark/accreditations/{id:int}/case-studies/{caseStudyId:int}/attachments/{attachmentId:int}",
        "instruments/{code}/texts", // not an entity: an instrument's code; the texts shown are the signed-in LA's or setting's own
        // Quality mark: cohorts and applications (TenantIsolationTests.QualityMarkCohorts.cs)
        "quality-mark/cohorts/{id:int}",
        "quality-mark/cohorts/{id:int}/edit",
        "quality-mark/cohorts/{id:int}/apply",
        "quality-mark/accreditations/{id:int}",
        "quality-mark/evaluators/{id:guid}",
        "quality-mark/evaluators/conflicts/{id:int}/remove",
        "quality-mark/accreditations/{id:int}/evaluator",
        "quality-mark/accreditations/{id:int}/time",
        "quality-mark/cohorts/{id:int}/costs",
        "quality-mark/cohorts/{id:int}/costs.csv",
        "quality-mark/accreditations/{id:int}/time/{entryId:int}",
        "quality-mark/cohorts/{id:int}/costs/{costId:int}",
        "quality-mark/cohorts/{id:int}/evaluation",
        "quality-mark/cohorts/{id:int}/evaluation/answer",
        "quality-mark/accreditations/{id:int}/decision",
        "quality-mark/accreditations/{id:int}/certificate",
        "quality-mark/accreditations/{id:int}/end",
        "quality-mark/reviews/{id:int}",
        "quality-mark/register/{tenantId:int}", // public: the LA's accredited settings, read by the tenant id alone (PublicRegister)
        "quality-mark/register/{tenantId:int}.csv",
        // An LA's own scheme versions (TenantIsolationTests.QualityMarkSchemes.cs); a shipped scheme is read by its code.
        "quality-mark/schemes/versions/{id:int}",
        "quality-mark/schemes/shipped/{code}",
        // Quality mark: network meetings (TenantIsolationTests.QualityMarkNetworks.cs)
        "quality-mark/networks/{id:int}",
        "quality-mark/networks/{id:int}/attendance",
        // Bulletins and questions to the network (TenantIsolationTests.Bulletins.cs)
        "bulletins/{id:int}",
        "bulletins/write/{id:int?}",
        "partnerships/{id:int}/questions",
        "partnerships/{id:int}/questions/{questionId:int}",
        // Buddying (TenantIsolationTests.Buddying.cs)
        "buddying/{id:int}",
        "buddying/{id:int}/visits/new",
        "buddying/{id:int}/visits/{visitId:int}",
        "buddying/{id:int}/review",
        // Partnerships and members (TenantIsolationTests.Partnerships.cs)
        "partnerships/{id:int}",
        "partnerships/{id:int}/edit",
        "partnerships/{id:int}/members/settings",
        "partnerships/{id:int}/members/partner",
        "partnerships/{id:int}/members/upload",
        "partnerships/{id:int}/members/{memberId:int}",
        "partnerships/kinds/{id:int}",
        // Partnerships' meetings (TenantIsolationTests.PartnershipMeetings.cs)
        "partnerships/{id:int}/meetings",
        "partnerships/{id:int}/meetings/new",
        "meetings/{id:int}",
        "meetings/{id:int}/edit",
        "meetings/{id:int}/cancel",
        "meetings/{id:int}/agenda",
        "meetings/{id:int}/attendance",
        "meetings/{id:int}/minutes",
        // Compliments and complaints (TenantIsolationTests.Complaints.cs)
        "complaints/{id:int}",
        "complaints/teams/{id:int}",
        // The catalogue (TenantIsolationTests.OfferCatalogue.cs)
        "offer/{id:int}",
        "offer/{id:int}/edit",
        "offer/{id:int}/sessions",
        "offer/{id:int}/sessions/{sessionId:int}/move",
        "offer/{id:int}/publish",
        "offer/{id:int}/withdraw",
        // Registers, charges and statements (TenantIsolationTests.OfferCharges.cs)
        "offer/{id:int}/register",
        "offer/{id:int}/register/import",
        "bookings/{id:int}/delivered",
        "settings/{id:int}/statement",
        // Bookings (TenantIsolationTests.OfferBookings.cs)
        "offer/{id:int}/book",
        "offer/{id:int}/request",
        "offer/{id:int}/bookings",
        "bookings/{id:int}",
        "bookings/{id:int}/cancel",
        "bookings/{id:int}/substitute",
        "bookings/{id:int}/transfer",
        // Training: a setting's training record and certificates (TenantIsolationTests.OfferTraining.cs)
        "settings/{id:int}/training",
        "bookings/{id:int}/certificate",
        "offer/{id:int}/certificates",
    ];

    [Fact]
    public void EveryRouteThatTakesAnId_IsCoveredByTheseTests()
    {
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(CoveredRoutes.Order(StringComparer.Ordinal), routes);
    }
}

public sealed class TenantIsolationTestsOnSqlite(SqliteFixture app) : TenantIsolationTests<SqliteFixture>(app);

public sealed class TenantIsolationTestsOnPostgres(PostgresFixture app) : TenantIsolationTests<PostgresFixture>(app);
