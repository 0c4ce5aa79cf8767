using Ascent.Tests.Support;
using Ascent.Web.Domain.QualityMark;
using Ascent.Web.Services.QualityMark;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Pages.QualityMark.Schemes;

/// The scheme files the tests upload: an LA's own tiered scheme (Files/tiered-quality-award.yaml) and the shipped
/// scheme changed into a new version.
public static class SchemeFiles
{
    public const string TieredName = "Early Years Quality Award";

    public static string Tiered() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", "QualityMark", "Schemes", "Files", "tiered-quality-award.yaml"));

    /// The shipped scheme as version 2, with another name so a page shows which version it read.
    public static string ShippedAsVersion2(this AscentFixture app, string name) => app.Factory.Services.GetRequiredService<SchemeLibrary>().Shipped[0].Yaml
        .Replace("\nversion: \"1\"\n", "\nversion: \"2\"\n", StringComparison.Ordinal)
        .Replace("\nname: Quality Mark\n", $"\nname: {name}\n", StringComparison.Ordinal);

    /// Uploads a file as LA A's coordinator would, through the service.
    public static Task<SchemeUpload> UploadAsync(this AscentFixture app, int tenantId, string yaml) => app.WithDbAsync((_, services) =>
        services.GetRequiredService<SchemeVersions>().UploadAsync(tenantId, yaml, "scheme.yaml", "Cleo Coordinator", CancellationToken.None));

    /// A cohort of the tenant on a scheme the service resolves (an upload or a shipped file).
    public static Task<int> CohortOnAsync(this AscentFixture app, int tenantId, string code, string name) => app.WithDbAsync(async (db, services) =>
    {
        var scheme = (await services.GetRequiredService<SchemeVersions>().CurrentAsync(tenantId, CancellationToken.None)).Single(s => s.Definition.Code == code).Definition;
        var today = DateOnly.FromDateTime(AscentFixture.Start.UtcDateTime);
        var cohort = Cohort.Open(tenantId, scheme, name, today.AddDays(60), today.AddDays(-20), today.AddDays(30), null, "Test", AscentFixture.Start);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });
}
