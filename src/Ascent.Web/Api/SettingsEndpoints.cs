using System.ComponentModel;
using Ascent.Web.Data;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Api;

/// The settings on the caller's register. AppDbContext's filters scope every query to what the token's owner may
/// see, so another tenant's setting is simply not found.
public static class SettingsEndpoints
{
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", ListAsync).WithName("ListSettings").WithTags("Settings")
            .WithSummary("Settings on your register, a page at a time, ordered by id");
        api.MapGet("/settings/{id:int}", GetAsync).WithName("GetSetting").WithTags("Settings")
            .WithSummary("One setting with its inspections and their area grades")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<SettingsPage>, ValidationProblem>> ListAsync(
        AppDbContext db,
        FrameworkRegistry frameworks,
        CancellationToken cancellationToken,
        [Description("Part of the name, the whole URN, or the start of the postcode")] string? q = null,
        [Description("Provider type, exactly as the register gives it, e.g. \"Childminder\"")] string? type = null,
        [Description("How the setting is doing, from its latest inspection under any framework, e.g. \"good-or-better\", \"needs-attention\" or \"not-yet-inspected\"")] string? standing = null,
        [Description("Overall grade code of the latest inspection, e.g. \"2\", or \"none\" for settings without one (not inspected, or inspected under the renewed framework, which gives none)")] string? latestGrade = null,
        [Description("Include settings that have left the register (a setting's own staff always see their setting)")] bool includeLeft = false,
        [Description("Page number, from 1")] int page = 1,
        [Description("Settings per page, at most 500")] int pageSize = 100)
    {
        standing = standing?.Trim();
        var unknownStanding = !string.IsNullOrEmpty(standing) && frameworks.Standings.All(s => s.Code != standing);
        if (page < 1 || pageSize is < 1 or > MaxPageSize || unknownStanding)
        {
            var errors = new Dictionary<string, string[]>();
            if (unknownStanding)
                errors["standing"] = [$"standing must be one of: {string.Join(", ", frameworks.Standings.Select(s => s.Code))}."];
            if (page < 1)
                errors["page"] = ["page must be 1 or more."];
            if (pageSize is < 1 or > MaxPageSize)
                errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
            return TypedResults.ValidationProblem(errors);
        }

        // The settings list's own filter, so the API finds exactly what the list shows for the same search. A setting's
        // own staff have one setting, which the query filters already pick out: it is theirs whether or not it is
        // still on the register (GET /settings/{id} returns it either way).
        var filter = new SettingsFilter
        {
            Query = q,
            Type = type?.Trim(),
            Standing = standing,
            Judgement = latestGrade?.Trim(),
            IncludeLeft = includeLeft || db.CurrentUser.SettingId is not null,
        };
        var settings = filter.Match(db.Settings.AsNoTracking());
        var total = await settings.CountAsync(cancellationToken);
        // Ordered by id, so settings added between two requests land on the last page, not in the middle.
        var rows = await settings.OrderBy(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(s => new
            {
                s.Id,
                s.Reference,
                s.Name,
                s.ProviderType,
                s.Sector,
                s.Status,
                s.LocalAuthorityName,
                s.Postcode,
                s.Places,
                s.RegisteredOn,
                s.StandingCode,
                Latest = s.LatestInspectionDate == null ? null : new LatestInspection(s.LatestFrameworkCode!, s.LatestInspectionDate.Value, s.LatestOverallGrade),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(s => new SettingSummary(
            s.Id, s.Reference, s.Name, s.ProviderType, s.Sector, s.Status, s.LocalAuthorityName, s.Postcode, s.Places, s.RegisteredOn,
            SettingStanding.Of(frameworks.FindStanding(s.StandingCode)), s.Latest)).ToList();
        return TypedResults.Ok(new SettingsPage(page, pageSize, total, items));
    }

    private static async Task<Results<Ok<SettingDetails>, NotFound>> GetAsync(AppDbContext db, FrameworkRegistry frameworks, int id, CancellationToken cancellationToken)
    {
        var s = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (s is null)
            return TypedResults.NotFound();
        var inspections = await InspectionsEndpoints.ListAsync(db, id, cancellationToken);
        return TypedResults.Ok(new SettingDetails(
            s.Id, s.Reference, s.Name, s.Regulator, s.ProviderType, s.ProviderSubtype, s.Sector, s.Status, s.RegisteredOn, s.LeftRegisterOn,
            s.RegisterCombination, s.EarlyYearsRegister, s.CompulsoryChildcareRegister, s.VoluntaryChildcareRegister, s.Places,
            s.RegisteredPersonReference, s.RegisteredPersonName,
            new SettingAddress(s.AddressLine1, s.AddressLine2, s.AddressLine3, s.Town, s.Postcode), s.Telephone,
            s.LocalAuthorityName, s.Region, s.DeprivationBand, s.District, s.Ward, s.LocalityPartnership,
            SettingStanding.Of(frameworks.FindStanding(s.StandingCode)),
            s.LatestInspectionDate is { } date ? new LatestInspection(s.LatestFrameworkCode!, date, s.LatestOverallGrade) : null,
            inspections));
    }
}

public sealed record SettingsPage(int Page, int PageSize, int Total, IReadOnlyList<SettingSummary> Items);

public sealed record SettingSummary(
    int Id,
    string Urn,
    string Name,
    string ProviderType,
    string? Sector,
    SettingStatus Status,
    string? LocalAuthority,
    string? Postcode,
    int? Places,
    DateOnly? RegisteredOn,
    SettingStanding Standing,
    LatestInspection? LatestInspection);

/// How the setting is doing, from its latest inspection under whichever framework: the same standing the home pages
/// count and the settings list filters on. Band is meets, improve, urgent or none.
public sealed record SettingStanding(string Code, string Label, string Band)
{
    public static SettingStanding Of(Standing standing) =>
        new(standing.Code, standing.Label, standing.Band.ToString().ToLowerInvariant());
}

/// The latest inspection that judged quality (compliance visits are not counted).
public sealed record LatestInspection(string FrameworkCode, DateOnly Date, string? OverallGrade);

public sealed record SettingDetails(
    int Id,
    string Urn,
    string Name,
    string Regulator,
    string ProviderType,
    string? ProviderSubtype,
    string? Sector,
    SettingStatus Status,
    DateOnly? RegisteredOn,
    DateOnly? LeftRegisterOn,
    string? RegisterCombination,
    bool? EarlyYearsRegister,
    bool? CompulsoryChildcareRegister,
    bool? VoluntaryChildcareRegister,
    int? Places,
    string? RegisteredPersonReference,
    string? RegisteredPersonName,
    SettingAddress Address,
    string? Telephone,
    string? LocalAuthority,
    string? Region,
    string? DeprivationBand,
    string? District,
    string? Ward,
    string? LocalityPartnership,
    SettingStanding Standing,
    LatestInspection? LatestInspection,
    IReadOnlyList<InspectionSummary> Inspections);

public sealed record SettingAddress(string? Line1, string? Line2, string? Line3, string? Town, string? Postcode);
