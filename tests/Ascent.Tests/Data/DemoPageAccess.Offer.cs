using Ascent.Web.Data;
using Ascent.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.Data;

/// The LA's offer and its compliments and complaints, by the same columns as the rest of the table.
public static partial class DemoPageAccess
{
    public static async Task<Dictionary<string, int>> OfferIdsAsync(AppDbContext db) => new()
    {
        ["{CO}"] = await db.Complaints.IgnoreQueryFilters().Where(c => c.AcknowledgedOn == null && c.OfficerName == DemoComplaints.Adviser).Select(c => c.Id).FirstAsync(),
        ["{CC}"] = await db.Complaints.IgnoreQueryFilters().Where(c => c.Kind == Ascent.Web.Domain.Complaints.ComplaintKind.Compliment && c.OfficerName == DemoComplaints.Adviser).Select(c => c.Id).FirstAsync(),
        ["{CT}"] = await db.ComplaintTeams.IgnoreQueryFilters().Where(t => t.Name == DemoComplaints.ImprovementTeam).Select(t => t.Id).SingleAsync(),
        ["{OC}"] = await db.OfferItems.IgnoreQueryFilters().Where(i => i.Title == DemoOffer.Course).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
        ["{OD}"] = await db.OfferItems.IgnoreQueryFilters().Where(i => i.Title == DemoOfferCatalogue.Draft).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
        ["{OW}"] = await db.OfferItems.IgnoreQueryFilters().Where(i => i.Title == DemoOfferCatalogue.Withdrawn).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
        ["{OF}"] = await db.OfferItems.IgnoreQueryFilters().Where(i => i.Title == DemoOfferCharges.Course).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
        ["{OI}"] = await db.OfferItems.IgnoreQueryFilters().Where(i => i.Title == DemoOffer.Course).Select(i => i.Id).FirstAsync(),
        ["{OA}"] = await db.OfferItems.IgnoreQueryFilters().Where(i => i.Title == DemoOffer.AnnualConversation).Select(i => i.Id).FirstAsync(),
        ["{OB}"] = await db.Bookings.IgnoreQueryFilters().Where(b => b.AttendeeName == DemoOfferBookings.CourseAttendee).Select(b => b.Id).FirstAsync(),
        ["{OS}"] = await db.OfferSessions.IgnoreQueryFilters().Where(s => db.OfferItems.IgnoreQueryFilters().Any(i => i.Id == s.OfferItemId && i.Title == DemoOffer.Course)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
    };

    // A computed property, not an initialised one: Pages (in DemoPagesTests.cs) reads it while the class initialises,
    // and the order of initialisers across a partial class's files is not defined.
    private static IReadOnlyList<(string Url, string Expected)> OfferPages =>
    [
        // Columns: LA admin, ISM, senior adviser, adviser, sufficiency, inclusion, evaluator, coordinator, owner, manager, practitioner, sysadmin, Eastmoor
        // Compliments and complaints: {CO} the open complaint about the demo adviser (not shared with her), {CC} the
        // compliment about her (shared), {CT} the Improvement and Standards team; Tom Baker manages Sustainability
        ("/complaints",                                             "OOOOOOOOOODDO"),
        ("/complaints/new",                                         "OOOOOOOOOODDO"),
        ("/complaints/{CO}",                                        "OONNNNNNOODDN"),
        ("/complaints/{CC}",                                        "OONONNNNOODDN"),
        ("/complaints/teams",                                       "ODDDDDDDDDDDO"),
        ("/complaints/teams/{CT}",                                  "ODDDDDDDDDDDN"),
        ("/complaints/report?year=2026",                            "OODDODDDDDDDO"),
        // The catalogue and the terms: {OC} the demo's published course, {OD} its draft course (the LA's own until
        // published), {OW} its withdrawn event
        ("/offer",                                                  "OOOOOOOOOOODO"),
        ("/offer?Kind=Course&Price=chargeable",                     "OOOOOOOOOOODO"),
        ("/offer/terms",                                            "OOOOOOOOOOODO"),
        ("/offer/new",                                              "OOODDDDDDDDDO"),
        ("/offer/new?Kind=Course",                                  "OOODDDDDDDDDO"),
        ("/offer/{OC}",                                             "OOOOOOOOOOODN"),
        ("/offer/{OD}",                                             "OOOOOOOONNNDN"),
        ("/offer/{OW}",                                             "OOOOOOOOOOODN"),
        ("/offer/{OC}/edit",                                        "OOODDDDDDDDDN"),
        ("/offer/{OC}/sessions",                                    "OOODDDDDDDDDN"),
        ("/offer/{OC}/sessions/{OS}/move",                          "OOODDDDDDDDDN"),
        ("/offer/{OD}/publish",                                     "OOODDDDDDDDDN"),
        ("/offer/{OC}/withdraw",                                    "OOODDDDDDDDDN"),
        // Registers and charges ({OF} last month's first aid course, its register closed)
        ("/offer/{OF}/register",                                    "OOODDDDDDDDDN"),
        ("/offer/{OF}/register/import",                             "OOODDDDDDDDDN"),
        ("/charges",                                                "OOODDDDDDDDDO"),
        ("/charges/export",                                         "OOODDDDDDDDDO"),
        ("/settings/{S}/statement",                                 "OOOOOOOOOODDN"),
        // Bookings ({OI} the demo course, {OA} the annual conversation, {OB} the demo setting's place on the course)
        ("/bookings",                                               "OOOOOOOOOOODO"),
        ("/bookings/{OB}",                                          "OOOOOOOOOOODN"),
        ("/bookings/{OB}/cancel",                                   "OOODDDDDOODDN"),
        ("/bookings/{OB}/substitute",                               "OOODDDDDOODDN"),
        ("/bookings/{OB}/transfer",                                 "OOODDDDDOODDN"),
        ("/offer/{OI}/book",                                        "OOODDDDDOODDN"),
        ("/offer/{OA}/request",                                     "OOODDDDDOODDN"),
        ("/offer/{OI}/bookings",                                    "OOODDDDDDDDDN"),
        // Training: the demo setting's training page, and the certificates of last month's first aid course
        ("/settings/{S}/training",                                  "OOOOOOOOOOODN"),
        ("/offer/{OF}/certificates",                                "OOODDDDDDDDDN"),
    ];
}
