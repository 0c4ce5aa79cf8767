using Ascent.Web.Data;
using Ascent.Web.Domain.Cases;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Improvement;
using Ascent.Web.Domain.Partnerships;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Services.Partnerships;

/// A goal of the supported setting's plan that a pairing may work on.
public sealed record GoalChoice(int Id, string Outcome, string? AreaName);

/// What the new-pairing page shows for a supported setting: what it needs support in, Ascent's suggested leads, and
/// its open plan goals to choose from.
public sealed record SupportedSetting(int Id, string Name, string? Locality, string Standing, IReadOnlyList<SupportNeed> Needs, IReadOnlyList<BuddySuggestion> Suggestions, IReadOnlyList<GoalChoice> Goals);

/// Reads the register for BuddySuggestions: the supported setting's latest inspection and open goals, and the LA's
/// settings near it that stand well, with whether each is in support and how many it buddies now. Reads through the
/// query filters, as the LA's staff who pair buddies.
public sealed class BuddyingSuggester(AppDbContext db, FrameworkRegistry frameworks)
{
    /// The setting, or null when the person cannot see it (another LA's: not found).
    public async Task<SupportedSetting?> ForAsync(int settingId, int limit, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.AsNoTracking().Where(s => s.Id == settingId)
            .Select(s => new { s.Id, s.Name, s.LocalityPartnership, s.Postcode, s.StandingCode, s.LatestFrameworkCode, s.LatestInspectionDate, s.LatestOverallGrade })
            .FirstOrDefaultAsync(cancellationToken);
        if (setting is null)
            return null;
        var goals = await db.PlanGoals.AsNoTracking()
            .Where(g => g.SettingId == settingId && (g.Status == GoalStatus.NotStarted || g.Status == GoalStatus.InProgress))
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.Outcome, g.FrameworkCode, g.AreaCode }).ToListAsync(cancellationToken);
        var latest = await LatestAsync([setting.Id], cancellationToken);
        var supported = new SupportedFacts(setting.Id, setting.Name, setting.LocalityPartnership, setting.Postcode, latest.GetValueOrDefault(setting.Id),
            [.. goals.Where(g => g.FrameworkCode != null && g.AreaCode != null).Select(g => (g.FrameworkCode!, g.AreaCode!))]);
        var needs = BuddySuggestions.NeedsOf(supported, frameworks);
        var candidates = await CandidatesAsync(supported, cancellationToken);
        var suggestions = BuddySuggestions.Suggest(supported, needs, candidates, limit, frameworks);
        var choices = goals.Select(g => new GoalChoice(g.Id, g.Outcome.Length > 0 ? g.Outcome : "(a goal with no outcome written yet)", AreaName(g.FrameworkCode, g.AreaCode))).ToList();
        return new(setting.Id, setting.Name, setting.LocalityPartnership, frameworks.FindStanding(setting.StandingCode).Label, needs, suggestions, choices);
    }

    /// The LA's settings that need support: standing below the meets band, or with an open support case.
    public async Task<IReadOnlyList<(int Id, string Name)>> NeedingSupportAsync(CancellationToken cancellationToken)
    {
        var below = frameworks.Standings.Where(s => s.Band is StandingBand.Improve or StandingBand.Urgent).Select(s => s.Code).ToList();
        var rows = await db.Settings.AsNoTracking()
            .Where(s => s.LeftRegisterOn == null && (below.Contains(s.StandingCode) || db.Cases.Any(c => c.SettingId == s.Id && c.Status == CaseStatus.Open)))
            .OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name, s.Reference, s.StandingCode }).ToListAsync(cancellationToken);
        // The standing tells a requires-improvement setting from a good one that is in support for another reason.
        return [.. rows.Select(s => (s.Id, $"{s.Name} ({s.Reference}), {frameworks.FindStanding(s.StandingCode).Label.ToLowerInvariant()}"))];
    }

    /// Whether the setting needs support (for its page's "Find a buddy").
    public async Task<bool> NeedsSupportAsync(int settingId, CancellationToken cancellationToken)
    {
        var below = frameworks.Standings.Where(s => s.Band is StandingBand.Improve or StandingBand.Urgent).Select(s => s.Code).ToList();
        return await db.Settings.AnyAsync(s => s.Id == settingId && s.LeftRegisterOn == null
            && (below.Contains(s.StandingCode) || db.Cases.Any(c => c.SettingId == s.Id && c.Status == CaseStatus.Open)), cancellationToken);
    }

    /// Every setting of the LA on the register, to choose a lead by hand.
    public async Task<IReadOnlyList<(int Id, string Name)>> SettingsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Settings.AsNoTracking().Where(s => s.LeftRegisterOn == null)
            .OrderBy(s => s.Name).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name, s.Reference }).ToListAsync(cancellationToken);
        return [.. rows.Select(s => (s.Id, $"{s.Name} ({s.Reference})"))];
    }

    // The LA's settings that stand well, near enough (same locality or postcode area) to be suggested, with the
    // facts the suggestions weigh.
    private async Task<List<CandidateFacts>> CandidatesAsync(SupportedFacts supported, CancellationToken cancellationToken)
    {
        var meets = frameworks.Standings.Where(s => s.Band == StandingBand.Meets).Select(s => s.Code).ToList();
        var area = BuddySuggestions.Area(supported.Postcode) ?? "";
        var settings = await db.Settings.AsNoTracking()
            .Where(s => s.Id != supported.SettingId && s.LeftRegisterOn == null && meets.Contains(s.StandingCode)
                && ((supported.Locality != null && s.LocalityPartnership == supported.Locality) || (area != "" && s.Postcode != null && EF.Functions.Like(s.Postcode, area + "%"))))
            .Select(s => new { s.Id, s.Name, s.LocalityPartnership, s.Postcode, s.StandingCode })
            .ToListAsync(cancellationToken);
        var ids = settings.Select(s => s.Id).ToList();
        var inSupport = (await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open && ids.Contains(c.SettingId)).Select(c => c.SettingId).ToListAsync(cancellationToken)).ToHashSet();
        var buddying = await db.BuddyPairings.AsNoTracking().Where(p => p.Status != BuddyStatus.Ended && p.LeadSettingId != null && ids.Contains(p.LeadSettingId.Value))
            .GroupBy(p => p.LeadSettingId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var latest = await LatestAsync(ids, cancellationToken);
        return [.. settings.Select(s => new CandidateFacts(s.Id, s.Name, s.LocalityPartnership, s.Postcode, latest.GetValueOrDefault(s.Id),
            frameworks.FindStanding(s.StandingCode).Band, inSupport.Contains(s.Id), buddying.GetValueOrDefault(s.Id)))];
    }

    // Each setting's latest inspection that counts (not a compliance outcome), with its area grades.
    private async Task<Dictionary<int, InspectionFacts>> LatestAsync(IReadOnlyCollection<int> settingIds, CancellationToken cancellationToken)
    {
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => settingIds.Contains(i.SettingId) && i.FrameworkCode != "ofsted-compliance")
            .Select(i => new { i.Id, i.SettingId, i.FrameworkCode, i.Date, i.OverallGrade })
            .ToListAsync(cancellationToken);
        var latest = inspections.GroupBy(i => i.SettingId).Select(g => g.OrderByDescending(i => i.Date).ThenByDescending(i => i.Id).First()).ToList();
        var latestIds = latest.Select(i => i.Id).ToList();
        var grades = await db.InspectionGrades.AsNoTracking().Where(g => latestIds.Contains(g.InspectionId))
            .Select(g => new { g.InspectionId, g.AreaCode, g.GradeCode }).ToListAsync(cancellationToken);
        return latest.ToDictionary(i => i.SettingId, i => new InspectionFacts(i.FrameworkCode, i.Date, i.OverallGrade,
            grades.Where(g => g.InspectionId == i.Id).ToDictionary(g => g.AreaCode, g => g.GradeCode, StringComparer.Ordinal)));
    }

    private string? AreaName(string? frameworkCode, string? areaCode) =>
        frameworkCode is not null && areaCode is not null && frameworks.TryGet(frameworkCode, out var framework) ? framework.FindArea(areaCode)?.Name : null;
}
