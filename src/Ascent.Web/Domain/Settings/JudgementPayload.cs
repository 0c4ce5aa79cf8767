using System.Text.Json;
using Ascent.Web.Domain.Cases;

namespace Ascent.Web.Domain.Settings;

/// What a new-judgement change event carries, whoever raised it (an import, a person, the demo): one shape written
/// and read in one place, so the pathway engine never meets a payload it cannot read.
public sealed record JudgementPayload(string FrameworkCode, string? Number, DateOnly Date, string? InspectionType, string? OverallGrade, IReadOnlyDictionary<string, string>? Grades)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public Judgement ToJudgement() => new(FrameworkCode, Date, OverallGrade, Grades ?? new Dictionary<string, string>());

    /// Null for a payload without a framework or a date (nothing a pathway could match).
    public static JudgementPayload? Read(string? json)
    {
        if (json is null)
            return null;
        try
        {
            var payload = JsonSerializer.Deserialize<JudgementPayload>(json);
            return payload is { FrameworkCode: not null } && payload.Date != default ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
