using Ascent.Tests.Support;
using Ascent.Web.Domain.Imports;
using Ascent.Web.Services.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Imports;

/// Register records made by hand for the import engine's tests (RegisterImporterTests, ImportUndoTests), and an
/// import of them for every LA they name.
internal static class HandMadeRegister
{
    public static RegisterRecord Record(string la, string urn, string name, params RegisterInspection[] inspections) => new()
    {
        Regulator = "Ofsted",
        Reference = urn,
        LocalAuthority = la,
        ProviderType = "Childcare on non-domestic premises",
        Name = name,
        RegisteredOn = new DateOnly(2015, 1, 5),
        Postcode = "ZZ1 1ZZ",
        Places = 30,
        Inspections = inspections,
    };

    public static RegisterInspection Full(string number, DateOnly date, string overall) =>
        new("ofsted-eif-2019", number, date, "Full inspection", overall, new Dictionary<string, string> { ["overall"] = overall, ["quality-of-education"] = overall });

    public static RegisterBatch Batch(params RegisterRecord[] records) =>
        new("ofsted", "Ofsted", ["test.csv"], records.Length, records, []);

    /// Imports the batch for one tenant, or for every LA in it; its leavers confirmed with the number the leaver
    /// guard asks for.
    public static Task<ImportRun> ImportAsync(this AscentFixture app, RegisterBatch batch, int? tenantId = null, int? confirmLeavers = null) =>
        app.WithDbAsync((db, services) =>
        {
            var importer = services.GetRequiredService<RegisterImporter>();
            importer.ConfirmedLeavers = confirmLeavers;
            return importer.ImportAsync(batch, tenantId);
        });
}
