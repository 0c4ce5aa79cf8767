using Ascent.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Api;

/// A setting's inspections, newest first. Grades are framework codes (see frameworks/*.yaml for their names).
public static class InspectionsEndpoints
{
    public static RouteGroupBuilder MapInspections(this RouteGroupBuilder api)
    {
        api.MapGet("/settings/{id:int}/inspections", GetAsync).WithName("ListInspections").WithTags("Inspections")
            .WithSummary("A setting's inspections with their area grades, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static async Task<List<InspectionSummary>> ListAsync(AppDbContext db, int settingId, CancellationToken cancellationToken) =>
        await db.Inspections.AsNoTracking()
            .Where(i => i.SettingId == settingId)
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Id)
            .Select(i => new InspectionSummary(
                i.Id, i.Number, i.Date, i.InspectionType, i.FrameworkCode, i.OverallGrade,
                i.Grades.OrderBy(g => g.Id).Select(g => new AreaGrade(g.AreaCode, g.GradeCode)).ToList()))
            .ToListAsync(cancellationToken);

    private static async Task<Results<Ok<List<InspectionSummary>>, NotFound>> GetAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        if (!await db.Settings.AnyAsync(s => s.Id == id, cancellationToken))
            return TypedResults.NotFound();
        return TypedResults.Ok(await ListAsync(db, id, cancellationToken));
    }
}

public sealed record InspectionSummary(
    int Id,
    string? Number,
    DateOnly Date,
    string InspectionType,
    string FrameworkCode,
    string? OverallGrade,
    IReadOnlyList<AreaGrade> Grades);

public sealed record AreaGrade(string AreaCode, string GradeCode);
