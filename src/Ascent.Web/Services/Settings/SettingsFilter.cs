using System.Linq.Expressions;
using Ascent.Web.Domain.Frameworks;
using Ascent.Web.Domain.Settings;

namespace Ascent.Web.Services.Settings;

/// The settings list's search, filters and sort, shared by the page, its exports and the command line so that
/// an export always holds exactly what the list shows. Tenancy is not here: AppDbContext applies it to every query.
public sealed class SettingsFilter
{
    public string? Query { get; set; }

    public string? Type { get; set; }

    public string? Sector { get; set; }

    /// A standing's code ("good-or-better", "needs-attention", "not-yet-inspected"): how the setting is doing under
    /// whichever framework it was last inspected.
    public string? Standing { get; set; }

    /// A latest overall grade code ("1"…"4"), or "none" for settings with no overall grade (never inspected, or last
    /// inspected under the renewed framework, which gives none). Standing is the filter for "how is it doing".
    public string? Judgement { get; set; }

    /// "framework:area", e.g. "ofsted-eif-2019:quality-of-education", with AreaGrade the grade code.
    public string? Area { get; set; }

    public string? AreaGrade { get; set; }

    public string? District { get; set; }

    /// The local authority as the register names it ("Kent"): for people who see more than one.
    public string? LocalAuthority { get; set; }

    public string? Locality { get; set; }

    public bool IncludeLeft { get; set; }

    /// For system-wide callers (the command line) only: limits to one tenant. Web users are limited by tenancy.
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int? TenantId { get; set; }

    /// name, urn, standing, inspected or authority; a leading "-" sorts descending. "judgement" is the old name of
    /// "standing", kept so that saved links still sort.
    public string? Sort { get; set; }

    /// The matching settings, sorted.
    public IQueryable<Setting> Apply(IQueryable<Setting> settings, FrameworkRegistry frameworks) => Order(Match(settings), frameworks);

    /// The matching settings in no particular order: what to count, so that a count never sorts.
    public IQueryable<Setting> Match(IQueryable<Setting> settings)
    {
        if (TenantId is { } tenantId)
            settings = settings.Where(s => s.TenantId == tenantId);
        if (!IncludeLeft)
            settings = settings.Where(s => s.LeftRegisterOn == null);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim().ToUpperInvariant();
            var compact = q.Replace(" ", "", StringComparison.Ordinal);
            // PostgreSQL has an index for each of these three conditions as written (migration SettingsListIndexes), so
            // that the OR is a bitmap OR rather than a scan: change the expressions and the indexes together.
            settings = settings.Where(s => s.Name.ToUpper().Contains(q) || s.Reference == q
                || (s.Postcode != null && s.Postcode.Replace(" ", "").StartsWith(compact)));
        }

        if (!string.IsNullOrEmpty(Type))
            settings = settings.Where(s => s.ProviderType == Type);
        if (!string.IsNullOrEmpty(Sector))
            settings = settings.Where(s => s.Sector == Sector);
        if (!string.IsNullOrEmpty(Standing))
            settings = settings.Where(s => s.StandingCode == Standing);
        if (Judgement == "none")
            settings = settings.Where(s => s.LatestOverallGrade == null);
        else if (!string.IsNullOrEmpty(Judgement))
            settings = settings.Where(s => s.LatestOverallGrade == Judgement);
        if (Area?.Split(':') is [var framework, var area] && !string.IsNullOrEmpty(AreaGrade))
        {
            settings = settings.Where(s => s.Inspections.Any(i => i.FrameworkCode == framework && i.Date == s.LatestInspectionDate
                && i.Grades.Any(g => g.AreaCode == area && g.GradeCode == AreaGrade)));
        }

        if (!string.IsNullOrEmpty(LocalAuthority))
            settings = settings.Where(s => s.LocalAuthorityName == LocalAuthority);
        if (!string.IsNullOrEmpty(District))
            settings = settings.Where(s => s.District == District);
        if (!string.IsNullOrEmpty(Locality))
            settings = settings.Where(s => s.LocalityPartnership == Locality);
        return settings;
    }

    private IOrderedQueryable<Setting> Order(IQueryable<Setting> settings, FrameworkRegistry frameworks)
    {
        var descending = Sort?.StartsWith('-') == true;
        return (Sort?.TrimStart('-')) switch
        {
            "urn" => descending ? settings.OrderByDescending(s => s.Reference) : settings.OrderBy(s => s.Reference),
            // Databases disagree on where NULL sorts, so "not inspected" is put last explicitly, whichever way.
            "standing" or "judgement" => descending
                ? settings.OrderByDescending(StandingOrder(frameworks, descending: true)).ThenBy(s => s.Name)
                : settings.OrderBy(StandingOrder(frameworks, descending: false)).ThenBy(s => s.Name),
            "inspected" => descending
                ? settings.OrderBy(s => s.LatestInspectionDate == null).ThenByDescending(s => s.LatestInspectionDate).ThenBy(s => s.Name)
                : settings.OrderBy(s => s.LatestInspectionDate == null).ThenBy(s => s.LatestInspectionDate).ThenBy(s => s.Name),
            "authority" => descending ? settings.OrderByDescending(s => s.LocalAuthorityName).ThenBy(s => s.Name) : settings.OrderBy(s => s.LocalAuthorityName).ThenBy(s => s.Name),
            _ => descending ? settings.OrderByDescending(s => s.Name).ThenBy(s => s.Id) : settings.OrderBy(s => s.Name).ThenBy(s => s.Id),
        };
    }

    /// The filter as a query string, for pagination, sort links and export links.
    public string ToQueryString(string? sort = null, int? page = null)
    {
        var pairs = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                pairs.Add($"{key}={Uri.EscapeDataString(value)}");
        }

        Add("Query", Query);
        Add("Type", Type);
        Add("Sector", Sector);
        Add("Standing", Standing);
        Add("Judgement", Judgement);
        Add("Area", Area);
        Add("AreaGrade", AreaGrade);
        Add("LocalAuthority", LocalAuthority);
        Add("District", District);
        Add("Locality", Locality);
        Add("IncludeLeft", IncludeLeft ? "true" : null);
        Add("Sort", sort ?? Sort);
        Add("p", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    // The standings' order (good or better first) as a CASE the database evaluates: the codes are data, so the
    // expression is built from the frameworks rather than written out. Settings without a known outcome (not yet
    // inspected) come last whichever way, as "not inspected" always has.
    private static Expression<Func<Setting, int>> StandingOrder(FrameworkRegistry frameworks, bool descending)
    {
        var setting = Expression.Parameter(typeof(Setting), "s");
        var code = Expression.Property(setting, nameof(Setting.StandingCode));
        Expression order = Expression.Constant(descending ? -1 : frameworks.Standings.Count);
        foreach (var (standing, position) in frameworks.Standings.Select((s, i) => (s, i)).Reverse())
        {
            var key = standing.Band == StandingBand.None && descending ? -1 - position : position;
            order = Expression.Condition(Expression.Equal(code, Expression.Constant(standing.Code)), Expression.Constant(key), order);
        }

        return Expression.Lambda<Func<Setting, int>>(order, setting);
    }
}
