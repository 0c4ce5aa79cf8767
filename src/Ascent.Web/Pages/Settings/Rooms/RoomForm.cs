using Ascent.Web.Domain.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ascent.Web.Pages.Settings.Rooms;

/// The checks of a room's name and age group, shared by adding and renaming.
public static class RoomForm
{
    public static void Check(ModelStateDictionary state, string? name, string? ageGroup, IEnumerable<string> otherNames)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            state.AddModelError("Name", "Enter the room's name");
        else if (trimmed.Length > Room.NameMaxLength)
            state.AddModelError("Name", $"The room's name must be {Room.NameMaxLength} characters or fewer");
        else if (otherNames.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
            state.AddModelError("Name", $"The setting already has a room called {trimmed}");
        if (ageGroup?.Trim().Length > Room.AgeGroupMaxLength)
            state.AddModelError("AgeGroup", $"The age group must be {Room.AgeGroupMaxLength} characters or fewer");
    }
}
