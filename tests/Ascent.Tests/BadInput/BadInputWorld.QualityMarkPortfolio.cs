using System.Globalization;
using Ascent.Tests.Pages.QualityMark;
using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Tests.BadInput;

/// The quality mark's portfolio forms: a new case study, a draft's changes and its submission as Acorn's owner; the
/// comment on a submitted one and a requirement's sign-off as the LA's administrator (a coordinator).
public sealed partial class BadInputWorld
{
    private static string[] QualityMarkPortfolioPages =>
    [
        "/quality-mark/accreditations/{id:int}/portfolio/{stage}/{requirement}/sign-off", "/quality-mark/accreditations/{id:int}/case-studies/new",
        "/quality-mark/accreditations/{id:int}/case-studies/{caseStudyId:int}", "/quality-mark/accreditations/{id:int}/case-studies/{caseStudyId:int}/edit",
    ];

    private static async Task<List<Target>> QualityMarkPortfolioTargetsAsync(AscentFixture app)
    {
        var id = await PortfolioSeed.AcceptedAsync(app, app.World.SettingA1Id, "Bad input cohort (portfolio)");
        var (draft, submitted) = await app.WithDbAsync(async (db, _) =>
        {
            var accreditation = await db.Accreditations.SingleAsync(a => a.Id == id);
            var at = app.Time.GetUtcNow();
            var draft = CaseStudy.Start(accreditation, new("A draft", "Q", null, null, null, null, null), "Olu Owner", at);
            var submitted = CaseStudy.Start(accreditation, new("Submitted", "Q", "B", "C", "O", "U", "R"), "Olu Owner", at);
            submitted.Submit("Olu Owner", new DateOnly(2026, 11, 23), at);
            db.CaseStudies.AddRange(draft, submitted);
            await db.SaveChangesAsync();
            return (draft.Id, submitted.Id);
        });
        string Url(string rest) => string.Create(CultureInfo.InvariantCulture, $"/quality-mark/accreditations/{id}/{rest}");
        return
        [
            new(TestWorld.OwnerA1, Url("case-studies/new")), new(TestWorld.OwnerA1, Url($"case-studies/{draft}/edit")),
            new(TestWorld.OwnerA1, Url($"case-studies/{draft}")), new(TestWorld.AdminA, Url($"case-studies/{submitted}")),
            new(TestWorld.AdminA, Url("portfolio/accreditation/leadership-audit/sign-off")),
        ];
    }
}
