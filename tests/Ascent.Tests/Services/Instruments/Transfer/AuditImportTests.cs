using Ascent.Tests.Support;
using Ascent.Web.Domain.Instruments;
using Ascent.Web.Services.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ascent.Tests.Services.Instruments.Transfer;

public abstract class AuditImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AscentFixture
{
    private const string Ecers = "Early childhood environment rating (compatible with ECERS-3)";

    [Fact]
    public async Task AFileWithBadLines_IsRefusedWhole_WithEachLineAndReason()
    {
        var csv = TransferFiles.AuditHeader
            + "EY100001,2026-03-10,Pre-school,ecers-3,Jo Adams,1,5\n"                                 // 2: good, but not saved
            + "EY999999,2026-03-10,,ecers-3,Jo Adams,1,5\n"                                           // 3: unknown URN
            + "EY200001,2026-03-10,,ecers-3,Jo Adams,1,5\n"                                           // 4: another LA's
            + "EY100001,31/02/2026,,ecers-3,Jo Adams,1,5\n"                                           // 5: no such date
            + "EY100001,2027-01-05,,ecers-3,Jo Adams,1,5\n"                                           // 6: in the future
            + "EY100001,2026-03-10,,Rating of everything,Jo Adams,1,5\n"                              // 7: unknown instrument
            + $"EY100001,2026-03-10,Pre-school,{Ecers},Jo Adams,36,5\n"                                // 8: no item 36
            + "EY100001,2026-03-10,Pre-school,ecers-3,Jo Adams,2,8\n"                                 // 9: outside the scale
            + "EY100001,2026-03-10,Pre-school,ecers-3,Jo Adams,3,NA\n"                                // 10: item 3 may not be NA
            + "EY100001,2026-03-10,Pre-school,ecers-3,jo adams,1,6\n"                                 // 11: item 1 twice in the audit
            + "EY100002,2026-03-10,,safeguarding-and-welfare-requirements,Sam Lee,1,mostly\n"         // 12: not a checklist answer
            + "EY100002,2026-03-10,,safeguarding-and-welfare-requirements,Sam Lee,2,NA\n"             // 13: item 2 may not be NA
            + "EY100001,2026-03-10,,ecers-3,,1,5\n"                                                   // 14: no observer
            + "EY100001,2026-03-10,,leuven,Jo Adams,1,3\n";                                           // 15: not an audit
        var result = await ImportAsync(csv, app.World.TenantAId);

        Assert.False(result.Saved);
        string Reason(int line) => Assert.Single(result.Problems, p => p.LineNumber == line).Reason;
        Assert.Equal("There is no setting with URN EY999999 in Ascent", Reason(3));
        Assert.Equal("URN EY200001 is a setting of another local authority", Reason(4));
        Assert.Contains("\"31/02/2026\" is not a date", Reason(5), StringComparison.Ordinal);
        Assert.Contains("is in the future", Reason(6), StringComparison.Ordinal);
        Assert.Contains("There is no instrument called \"Rating of everything\"", Reason(7), StringComparison.Ordinal);
        Assert.Equal($"{Ecers} has no item 36", Reason(8));
        Assert.Contains("The score for item 2 must be a whole number from 1 to 7 (or NA), not \"8\"", Reason(9), StringComparison.Ordinal);
        Assert.Equal("Item 3 (Room arrangement for play and learning) cannot be not applicable", Reason(10));
        Assert.Equal("Item 1 is also on line 2 for this audit", Reason(11));
        Assert.Contains("must be met, partly met, not met or NA, not \"mostly\"", Reason(12), StringComparison.Ordinal);
        Assert.Contains("Item 2 (", Reason(13), StringComparison.Ordinal);
        Assert.Contains("The observer is empty", Reason(14), StringComparison.Ordinal);
        Assert.Contains("are not audits", Reason(15), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Problems, p => p.LineNumber == 2);
        Assert.False(await app.WithDbAsync((db, _) => db.Audits.AnyAsync(a => a.Imported && a.ObservedOn == new DateOnly(2026, 3, 10))));
        Assert.False(await app.WithDbAsync((db, _) => db.Rooms.AnyAsync(r => r.Name == "Pre-school")));
    }

    [Fact]
    public async Task ItemScores_BecomeAFinishedImportedAudit_InANewRoom_WithItsTotal()
    {
        var csv = TransferFiles.AuditHeader
            + "EY100001,2025-06-02,Toddlers,ecers-3,Jo Adams,1,5\n"
            + "EY100001,2025-06-02,Toddlers,ecers-3,Jo Adams,2,4\n"
            + "EY100001,2025-06-02,Toddlers,ecers-3,Jo Adams,8,2\n"
            + "EY100001,2025-06-02,Toddlers,ecers-3,Jo Adams,9,\n"
            + "EY100002,02/06/2025,,safeguarding-and-welfare-requirements,Sam Lee,1,Met\n"
            + "EY100002,02/06/2025,,safeguarding-and-welfare-requirements,Sam Lee,2,partly met\n"
            + "EY100002,02/06/2025,,safeguarding-and-welfare-requirements,Sam Lee,3,NOT MET\n"
            + "EY100002,02/06/2025,,safeguarding-and-welfare-requirements,Sam Lee,10,na\n";
        var checkedOnly = await app.WithDbAsync((_, services) => services.GetRequiredService<AuditImport>().CheckAsync(TransferFiles.Stream(csv), app.World.TenantAId));
        Assert.Empty(checkedOnly.Problems);
        Assert.False(await app.WithDbAsync((db, _) => db.Rooms.AnyAsync(r => r.Name == "Toddlers")));

        var result = await ImportAsync(csv, app.World.TenantAId);

        Assert.True(result.Saved, string.Join("; ", result.Problems.Select(p => $"{p.LineNumber}: {p.Reason}")));
        Assert.Equal([("Acorn Day Nursery (EY100001)", 1), ("Bramble Pre-school (EY100002)", 1)], result.PerSetting);
        Assert.Equal(["Toddlers at Acorn Day Nursery"], result.NewRooms);
        Assert.Equal(32 + 14, result.Unscored); // 35 - 3 items of the rating scale, 18 - 4 of the checklist (item 10 answered NA)
        var (rating, checklist) = await app.WithDbAsync(async (db, _) =>
        {
            var audits = await db.Audits.Include(a => a.Sheets).ThenInclude(s => s.Answers).Where(a => a.ObservedOn == new DateOnly(2025, 6, 2)).ToListAsync();
            return (audits.Single(a => a.InstrumentCode == "ecers-3"), audits.Single(a => a.InstrumentCode != "ecers-3"));
        });
        Assert.True(rating.Imported && rating.IsLocked);
        Assert.Equal(AuditMode.ItemScores, rating.Mode);
        Assert.Equal(3.67m, rating.Total);
        Assert.NotNull(rating.RoomId);
        var sheet = Assert.Single(rating.Sheets);
        Assert.Equal(("Jo Adams", SheetKind.Observer), (sheet.PersonName, sheet.Kind));
        Assert.Equal(4, sheet.Answer("2")!.Score);
        Assert.Null(checklist.RoomId);
        Assert.Equal(33.33m, checklist.Total); // 1 of 3 answered items met; the not-applicable one left out
        Assert.Equal(ChecklistAnswer.PartlyMet, checklist.Sheets[0].Answer("2")!.Checklist);

        // The same file again would make the same audits twice: it is refused.
        var again = await ImportAsync(csv, app.World.TenantAId);
        Assert.Contains(again.Problems, p => p.LineNumber == 2 && p.Reason.Contains("has already been imported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndicatorAnswers_AreScoredByTheRule_WithTheLasLicensedTexts_AndABadPatternIsRefused()
    {
        await app.WithDbAsync(async (_, services) =>
        {
            var ecers = (await services.GetRequiredService<InstrumentDefinitions>().CurrentAsync("ecers-3"))!;
            return await services.GetRequiredService<LicensedTexts>().ImportAsync(ecers, new LicenceHolder(app.World.TenantAId, null), new MemoryStream(TransferFiles.PlaceholderTexts()));
        });
        const string Prefix = "EY100002,2025-09-15,Rainbow,ecers-3,Ravi Shah";
        var bad = TransferFiles.IndicatorHeader
            + $"{Prefix},1,1.1,N\n{Prefix},1,3.1,Y\n"   // 2-3: 3.2 is needed to decide
            + $"{Prefix},2,3.1,NA\n"                     // 4: 3.1 may not be not applicable
            + $"{Prefix},3,4.1,Y\n"                      // 5: no indicator 4.1
            + $"{Prefix},4,1.1,Perhaps\n"                // 6: not Y, N or NA
            + $"EY100001,2025-09-15,,ecers-3,Ravi Shah,1,1.1,Y\n"; // 7: fine (Acorn has the LA's texts)
        var refused = await ImportAsync(bad, app.World.TenantAId);
        Assert.Contains(refused.Problems, p => p.LineNumber == 2 && p.Reason == "Item 1 cannot be scored from its indicators: indicator 3.2 needs an answer.");
        Assert.Contains(refused.Problems, p => p.LineNumber == 4 && p.Reason == "Indicator 3.1 of item 2 cannot be not applicable");
        Assert.Contains(refused.Problems, p => p.LineNumber == 5 && p.Reason.Contains("has no indicator \"4.1\"", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.LineNumber == 6 && p.Reason.Contains("must be Y, N or NA", StringComparison.Ordinal));
        Assert.Equal(4, refused.Problems.Count);

        var good = TransferFiles.IndicatorHeader + TransferFiles.IndicatorLines(Prefix, 1, 1) + TransferFiles.IndicatorLines(Prefix, 2, 2)
            + TransferFiles.IndicatorLines(Prefix, 3, 4) + TransferFiles.IndicatorLines(Prefix, 4, 5) + TransferFiles.IndicatorLines(Prefix, 5, 7);
        var result = await ImportAsync(good, app.World.TenantAId);
        Assert.True(result.Saved, string.Join("; ", result.Problems.Select(p => $"{p.LineNumber}: {p.Reason}")));
        var audit = await app.WithDbAsync((db, _) => db.Audits.Include(a => a.Sheets).ThenInclude(s => s.Answers).Include(a => a.Sheets).ThenInclude(s => s.Indicators)
            .SingleAsync(a => a.ObservedOn == new DateOnly(2025, 9, 15)));
        Assert.Equal(AuditMode.Indicators, audit.Mode);
        var sheet = audit.Sheets.Single();
        Assert.Equal([1, 2, 4, 5, 7], new[] { "1", "2", "3", "4", "5" }.Select(n => sheet.Answer(n)!.Score ?? 0));
        Assert.Equal("1.1", sheet.Answer("1")!.DecidedBy);
        Assert.Equal(IndicatorAnswer.NotApplicable, sheet.Indicators.Single(i => i.ItemNumber == "4" && i.IndicatorCode == "5.2").Answer);
        Assert.Equal(3.8m, audit.Total);
    }

    [Fact]
    public async Task IndicatorAnswers_WithoutLicensedTexts_AreRefused()
    {
        var csv = TransferFiles.IndicatorHeader + "EY200001,2025-09-15,,ecers-3,Ravi Shah,1,1.1,Y\n";
        var result = await ImportAsync(csv, app.World.TenantBId);
        Assert.Contains("has no indicators in Ascent: import your licensed indicator texts first", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
    }

    private Task<AuditImportResult> ImportAsync(string csv, int? tenantId) =>
        app.WithDbAsync((_, services) => services.GetRequiredService<AuditImport>().ImportAsync(TransferFiles.Stream(csv), tenantId));
}

public sealed class AuditImportTestsOnSqlite(SqliteFixture app) : AuditImportTests<SqliteFixture>(app);

public sealed class AuditImportTestsOnPostgres(PostgresFixture app) : AuditImportTests<PostgresFixture>(app);
