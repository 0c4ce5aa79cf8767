using Ascent.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ascent.Web.Commands;

/// A command's words after its name: `--name value` options, the flags it knows (`--dry-run`), and anything else
/// (a file) in Values. Unexpected is an option left without its value.
public sealed record CommandArgs(IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Values, string? Unexpected)
{
    public static CommandArgs Read(string[] args, int from, params string[] flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new List<string>();
        for (var i = from; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is not null && flags.Contains(name))
                options[name] = "";
            else if (name is not null && i + 1 < args.Length)
                options[name] = args[++i];
            else if (name is not null)
                return new(options, values, args[i]);
            else
                values.Add(args[i]);
        }

        return new(options, values, null);
    }

    /// The first word the command cannot use when it takes options only.
    public string? FirstUnexpected => Unexpected ?? (Values.Count > 0 ? Values[0] : null);

    public string? this[string option] => Options.GetValueOrDefault(option);

    /// The LA named by --la (its register name or its name), or null when there is none of that name.
    public static Task<int?> LocalAuthorityIdAsync(AppDbContext db, string name) =>
        db.Tenants.Where(t => t.RegisterName == name || t.Name == name).Select(t => (int?)t.Id).FirstOrDefaultAsync();

    /// A usage error: the message on standard error, exit code 2.
    public static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return 2;
    }
}
