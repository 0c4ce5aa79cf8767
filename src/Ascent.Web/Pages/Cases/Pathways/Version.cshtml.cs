using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;
using Ascent.Web.Infrastructure;
using Ascent.Web.Services.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Pages.Cases.Pathways;

/// One stored version of a pathway: its file as uploaded, and what it means in words.
[Authorize(Policy = Policies.LocalAuthorityStaff)]
public sealed class VersionModel(AppDbContext db, PathwayLibrary library, FrameworkRegistry frameworks) : PageModel
{
    public PathwayVersion Version { get; private set; } = null!;

    public PathwayDefinition Definition { get; private set; } = null!;

    public int LatestNumber { get; private set; }

    private Dictionary<string, string> pathwayNames = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // The tenant filter keeps other LAs' versions out of reach: their ids are simply not found.
        var version = await db.PathwayVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
            return NotFound();
        Version = version;
        Definition = library.Definition(version);
        LatestNumber = await db.PathwayVersions.Where(v => v.TenantId == version.TenantId && v.Code == version.Code).MaxAsync(v => v.Number, cancellationToken);
        pathwayNames = (await db.PathwayVersions.AsNoTracking().Where(v => v.TenantId == version.TenantId).OrderBy(v => v.Number)
            .Select(v => new { v.Code, v.Name }).ToListAsync(cancellationToken))
            .GroupBy(v => v.Code).ToDictionary(g => g.Key, g => g.Last().Name); // the latest version's name
        return Page();
    }

    public string Describe(JudgementCondition condition)
    {
        var framework = frameworks.TryGet(condition.Framework, out var f) ? f : null;
        string Grades(IEnumerable<string> codes) => string.Join(" or ", codes.Select(c => Label(framework, c)));
        var parts = new List<string>();
        if (condition.Overall.Count > 0)
            parts.Add("overall " + Grades(condition.Overall));
        if (condition.AnyArea.Count > 0)
            parts.Add("any area " + Grades(condition.AnyArea));
        if (condition.AllAreas.Count > 0)
            parts.Add("every area " + Grades(condition.AllAreas));
        return $"{framework?.Name ?? condition.Framework}: {string.Join(", ", parts)}";
    }

    /// A pathway the file names by code, by its name in the LA's latest version of it.
    public string PathwayName(string code) => pathwayNames.GetValueOrDefault(code) ?? library.Shipped.FirstOrDefault(s => s.Definition.Code == code).Definition?.Name ?? "A pathway no longer in use";

    public static string Trigger(PathwayTrigger trigger) => trigger.Event switch
    {
        TriggerEvents.NewJudgement => "A new judgement that matches one of these",
        TriggerEvents.NewRegistration => "A new registration",
        TriggerEvents.Enforcement => "An enforcement step: " + string.Join(", ", trigger.EnforcementKinds.Select(k => Enum.TryParse<EnforcementKind>(k, out var kind) ? RegisterEvents.Label(kind) : k)),
        TriggerEvents.Enrolment => "Enrolment when another case closes",
        _ => trigger.Event,
    };

    public static string Deadline(int workingDays) => workingDays switch
    {
        0 => "The same working day",
        1 => "1 working day",
        _ => $"{workingDays} working days",
    };

    private static string Label(Framework? framework, string grade) =>
        framework?.Scales.SelectMany(s => s.Values).FirstOrDefault(v => v.Code == grade)?.Label ?? grade;
}
