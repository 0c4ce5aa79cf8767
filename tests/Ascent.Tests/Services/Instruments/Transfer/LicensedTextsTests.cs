using Ascent.Tests.Support;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Instruments.Transfer;

public abstract class LicensedTextsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    [Fact]
    public async Task Import_ABadFile_IsRefusedWithEachLineAndReason_AndNothingIsStored()
    {
        var csv = "Item,Indicator,Not applicable allowed,Text\n"
            + "99,1.1,N,Indicator text\n"      // 2: no such item
            + "1,2.1,N,Indicator text\n"       // 3: no level 2
            + "1,1.1,Maybe,Indicator text\n"   // 4: not Y or N
            + "1,3.1,N,\n"                     // 5: empty text
            + "1,1.1,N,Indicator text\n"       // 6
            + "1,1.1,Y,Indicator text again\n" // 7: twice
            + "1,3.1,N,Indicator text\n"       // 8
            + "1,5.1,N,Indicator text\n";      // 9: item 1 has no level 7; items 2 to 35 have none at all
        var result = await ImportAsync(csv, new LicenceHolder(app.World.TenantBId, null));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.LineNumber == 2 && p.Reason.Contains("has no item 99", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.LineNumber == 3 && p.Reason.Contains("Indicator \"2.1\" of item 1 is not a level (1, 3, 5 or 7)", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.LineNumber == 4 && p.Reason.Contains("must be Y or N", StringComparison.Ordinal) && p.Reason.Contains("\"Maybe\"", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.LineNumber == 5 && p.Reason == "The text of indicator 3.1 of item 1 is empty");
        Assert.Contains(result.Problems, p => p.LineNumber == 7 && p.Reason == "Indicator 1.1 of item 1 is also on line 6");
        Assert.Contains(result.Problems, p => p.LineNumber == 9 && p.Reason.Contains("Item 1 (Indoor space) has no indicator at level 7", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Reason.Contains("Item 35 (Whole-group activities for play and learning) has no indicators in the file", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.InstrumentTexts.CountAsync(t => t.TenantId == app.World.TenantBId)));
    }

    [Fact]
    public async Task Import_TheWholeFileTwice_ReplacesTheLastTexts_AndTheInstrumentTakesThem()
    {
        var holder = new LicenceHolder(app.World.TenantAId, null);
        var first = await ImportAsync(TransferFiles.PlaceholderTexts(), holder);
        Assert.True(first.Succeeded, string.Join("; ", first.Problems.Select(p => $"{p.LineNumber}: {p.Reason}")));
        Assert.Equal((210, 0), (first.Imported, first.Replaced));

        var again = await ImportAsync(TransferFiles.PlaceholderTexts("Revised text"), holder);
        Assert.Equal((210, 210), (again.Imported, again.Replaced));
        Assert.Equal(210, await app.WithDbAsync((db, _) => db.InstrumentTexts.CountAsync(t => t.TenantId == app.World.TenantAId && t.SettingId == null)));

        var (atA1, atB1) = await app.WithDbAsync(async (_, services) =>
        {
            var texts = services.GetRequiredService<LicensedTexts>();
            var ecers = (await services.GetRequiredService<InstrumentDefinitions>().CurrentAsync("ecers-3"))!;
            return (await texts.ForSettingAsync(ecers, app.World.TenantAId, app.World.SettingA1Id), await texts.ForSettingAsync(ecers, app.World.TenantBId, app.World.SettingB1Id));
        });
        var item = atA1.Item("12")!;
        Assert.Equal(["1.1", "3.1", "3.2", "5.1", "5.2", "7.1"], item.Indicators.Select(i => i.Code));
        Assert.Equal("Revised text 3.2 for item 12", item.Indicators[2].Text);
        Assert.True(item.Indicators[4].NotApplicableAllowed);
        Assert.True(item.Indicators[0].Negative);
        // Another LA holds no licence: its instrument has no indicators.
        Assert.Empty(atB1.Item("12")!.Indicators);
    }

    [Fact]
    public async Task ASettingsOwnLicence_IsThatSettingsAlone()
    {
        var result = await ImportAsync(TransferFiles.PlaceholderTexts("Setting's own text"), new LicenceHolder(app.World.TenantAId, app.World.SettingA2Id));
        Assert.True(result.Succeeded);

        var (atA2, atA1) = await app.WithDbAsync(async (_, services) =>
        {
            var texts = services.GetRequiredService<LicensedTexts>();
            var ecers = (await services.GetRequiredService<InstrumentDefinitions>().CurrentAsync("ecers-3"))!;
            return (await texts.ForSettingAsync(ecers, app.World.TenantAId, app.World.SettingA2Id), await texts.ForSettingAsync(ecers, app.World.TenantAId, app.World.SettingA1Id));
        });
        Assert.Equal("Setting's own text 1.1 for item 1", atA2.Item("1")!.Indicators[0].Text);
        Assert.DoesNotContain(atA1.Items.SelectMany(i => i.Indicators), i => i.Text.StartsWith("Setting's own", StringComparison.Ordinal));
    }

    private Task<LicensedTextsResult> ImportAsync(string csv, LicenceHolder holder) =>
        ImportAsync(System.Text.Encoding.UTF8.GetBytes(csv), holder);

    private Task<LicensedTextsResult> ImportAsync(byte[] file, LicenceHolder holder) =>
        app.WithDbAsync(async (_, services) =>
        {
            var ecers = (await services.GetRequiredService<InstrumentDefinitions>().CurrentAsync("ecers-3"))!;
            return await services.GetRequiredService<LicensedTexts>().ImportAsync(ecers, holder, new MemoryStream(file));
        });
}

public sealed class LicensedTextsTestsOnSqlite(SqliteFixture app) : LicensedTextsTests<SqliteFixture>(app);

public sealed class LicensedTextsTestsOnPostgres(PostgresFixture app) : LicensedTextsTests<PostgresFixture>(app);
