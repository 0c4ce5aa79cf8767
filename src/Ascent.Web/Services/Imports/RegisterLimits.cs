using Ascent.Web.Data;
using Ascent.Web.Domain.Settings;

namespace Ascent.Web.Services.Imports;

/// Checks a record against the column sizes of the register, read from the EF Core model, so that one
/// over-long value rejects its row (with file, line and reason) instead of failing the whole import.
internal sealed class RegisterLimits
{
    private readonly List<(string Name, Func<RegisterRecord, string?> Read, int MaxLength)> _limits;

    public RegisterLimits(AppDbContext db)
    {
        var setting = db.Model.FindEntityType(typeof(Setting))!;
        _limits = [.. typeof(RegisterRecord).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (Property: p, MaxLength: setting.FindProperty(p.Name == "LocalAuthority" ? "LocalAuthorityName" : p.Name)?.GetMaxLength()))
            .Where(x => x.MaxLength is not null)
            // A delegate per property, not PropertyInfo.GetValue: this runs for every field of every row.
            .Select(x => (x.Property.Name, x.Property.GetMethod!.CreateDelegate<Func<RegisterRecord, string?>>(), x.MaxLength!.Value))];
    }

    public string? Problem(RegisterRecord record)
    {
        foreach (var (name, read, maxLength) in _limits)
        {
            if (read(record) is { } value && value.Length > maxLength)
                return $"{name} is {value.Length} characters long; Ascent keeps at most {maxLength}";
        }

        return null;
    }
}
