using System.ComponentModel;
using System.Text.Json;
using Ascent.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Api;

/// The register's change events (new registrations, judgements, departures, enforcement) in id order, so a
/// reporting tool can poll for what is new: pass the last id it has seen as afterId.
public static class ChangeEventsEndpoints
{
    public const int MaxLimit = 1000;

    public static RouteGroupBuilder MapChangeEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/change-events", ListAsync).WithName("ListChangeEvents").WithTags("Change events")
            .WithSummary("Change events after a given id, oldest first");
        return api;
    }

    private static async Task<Results<Ok<ChangeEventsPage>, ValidationProblem>> ListAsync(
        AppDbContext db,
        CancellationToken cancellationToken,
        [Description("Only events with a greater id; 0 (the default) for the first")] long afterId = 0,
        [Description("Events to return, at most 1000")] int limit = 100)
    {
        if (afterId < 0 || limit is < 1 or > MaxLimit)
        {
            var errors = new Dictionary<string, string[]>();
            if (afterId < 0)
                errors["afterId"] = ["afterId must be 0 or more."];
            if (limit is < 1 or > MaxLimit)
                errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
            return TypedResults.ValidationProblem(errors);
        }

        // One more than asked for says whether there are more, without a count over the whole outbox.
        var rows = await db.ChangeEvents.AsNoTracking()
            .Where(e => e.Id > afterId)
            .OrderBy(e => e.Id)
            .Take(limit + 1)
            .Select(e => new { e.Id, e.SettingId, e.Type, e.Summary, e.Payload, e.OccurredAt })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(e => new ChangeEventSummary(e.Id, e.SettingId, e.Type, e.Summary, ParsePayload(e.Payload), e.OccurredAt))
            .ToList();
        return TypedResults.Ok(new ChangeEventsPage(items, items.Count > 0 ? items[^1].Id : afterId, rows.Count > limit));
    }

    private static JsonElement? ParsePayload(string? payload)
    {
        if (payload is null)
            return null;
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }
}

/// NextAfterId is the afterId for the next request: the last id returned, or the afterId given when there was none.
public sealed record ChangeEventsPage(IReadOnlyList<ChangeEventSummary> Items, long NextAfterId, bool HasMore);

/// Type is one of new-registration, new-judgement, judgement-changed, left-register, enforcement.
public sealed record ChangeEventSummary(long Id, int SettingId, string Type, string Summary, JsonElement? Payload, DateTimeOffset OccurredAt);
