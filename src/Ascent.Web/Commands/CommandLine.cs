using Ascent.Web.Services.Imports;

namespace Ascent.Web.Commands;

/// One command of the command line: its name, what it does in a line, how to call it, its options, and what runs it
/// once Ascent's services are built (none for help, which is answered before).
public sealed record CommandInfo(
    string Name,
    string Summary,
    IReadOnlyList<string> Usage,
    IReadOnlyList<(string Option, string Meaning)> Options,
    Func<IServiceProvider, string[], Task<int>>? Run = null);

/// What the arguments ask for: Ascent's web server (no arguments, or only ASP.NET's own `--key value` options such as
/// `--urls`), one of the commands, or help. Decided before the web host is built, so that help and a mistyped command
/// answer at once and never start the server by accident.
public static class CommandLine
{
    public const int UsageError = 2;

    public static IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("import", "Import a regulator's published register files, licensed indicator texts, past audits or settings' own measures into Ascent",
            [ImportCommand.Usage, ImportMeasuresCommand.Usage, AuditTransferCommand.TextsUsage, AuditTransferCommand.ImportUsage],
            [
                ("SOURCE", string.Join("; ", ImportSources.All.Select(s => $"{s.Code}: {s.Label}"))),
                ("FILE...", "the published files; a publication split into segments is imported together"),
                ("--la \"LOCAL AUTHORITY\"", "import only this local authority's rows (every local authority in the files without it)"),
                ("--dry-run", "show what the import would do and write nothing"),
                ("--confirm-leavers N", "go ahead when N settings leave the register, the number a dry run or a stopped import gave"),
                ("measures FILE", "settings' own measures from a CSV: URN, Measure, Date, Value, optional Numerator, Denominator, Chart, Baseline points, Exclude, Phase"),
                ("instrument-texts FILE", "a licence holder's indicator texts (Item, Indicator, Not applicable allowed, Text) for --instrument CODE, into --la NAME (or its setting --setting URN)"),
                ("audits FILE", "past audits (URN, Date, Room, Instrument, Observer, Item, Score or Indicator and Answer), all or nothing; --dry-run checks only"),
            ],
            ImportCommand.RunAsync),
        new("export", "Write the settings list, open cases with their tasks, finished audits' scores, a setting's chart tables or a month's charges for the finance system to a CSV or Excel file",
            [ExportCommand.Usage, ExportCommand.CasesUsage, AuditTransferCommand.ExportUsage, ExportChartsCommand.Usage, ExportChargesCommand.Usage],
            [
                ("--format csv|xlsx", "the file's format (csv unless given)"),
                ("--output FILE", "where to write it"),
                ("--la NAME", "one local authority only"),
                ("--query TEXT", "settings: name, URN or postcode containing TEXT"),
                ("--type TYPE, --sector SECTOR", "settings: of this provider type or sector"),
                ("--standing STANDING", "settings: with this standing from their latest inspection (e.g. requires-improvement)"),
                ("--judgement 1|2|3|4|none", "settings: with this overall grade at their latest inspection"),
                ("--include-left", "settings: include those that have left the register"),
                ("--setting URN", "audits: one setting's finished audits only; charts: the setting whose chart tables to write (CSV only)"),
                ("--month YYYY-MM", "charges: the month whose charges to write"),
            ],
            ExportCommand.RunAsync),
        new("report", "Write a report: the quality mark's impact (do accredited settings do better?) as CSV, Excel or Word",
            [ReportCommand.Usage],
            [
                ("quality-mark-impact", "accredited settings' inspection grades and improvement against other settings', by sector"),
                ("--la NAME", "the local authority reported on"),
                ("--at YYYY-MM-DD", "count the inspections and accreditations as they stood on this date (today unless given)"),
                ("--format csv|xlsx|docx", "one CSV with a Table column, an Excel workbook with a sheet per table, or a Word report"),
                ("--output FILE", "where to write it"),
            ],
            ReportCommand.RunAsync),
        new("create-admin", "Create the first system administrator of a new installation and print a link to choose a password",
            [CreateAdminCommand.Usage],
            [
                ("EMAIL", "the administrator's e-mail address"),
                ("\"FULL NAME\"", "their name as Ascent shows it"),
            ],
            CreateAdminCommand.RunAsync),
        new("help", "Show this list, or how to use one command (help COMMAND)", ["Usage: help [COMMAND]"], []),
    ];

    public static CommandInfo? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    /// The command the arguments run, or null for the web server. Call it after `TryAnswer` has returned null.
    public static CommandInfo? CommandIn(IReadOnlyList<string> args) => args.Count > 0 ? Find(args[0]) : null;

    /// Answers help and unknown commands without starting Ascent: returns the exit code then, or null when Ascent
    /// should start (as the web server, or to run the command `CommandIn` names).
    public static int? TryAnswer(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
            return null;
        if (IsHelp(args[0]) || args[0] == "help")
        {
            if (args.Count > 1 && !IsHelp(args[1]))
                return Find(args[1]) is { } asked ? WriteHelp(asked, output) : Unknown(args[1], error);
            WriteList(output);
            return 0;
        }

        if (Find(args[0]) is { } command)
            return args.Skip(1).Any(IsHelp) ? WriteHelp(command, output) : null;

        // Only ASP.NET's own configuration options may reach the web server; a word that is not a command stops here.
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (IsHelp(arg))
            {
                WriteList(output);
                return 0;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                if (!arg.Contains('=', StringComparison.Ordinal))
                    i++;
                continue;
            }

            return Unknown(arg, error);
        }

        return null;
    }

    public static void WriteList(TextWriter output)
    {
        output.WriteLine("Ascent: quality improvement in early years education.");
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  Ascent.Web [--urls URL] [--KEY VALUE]...   start Ascent's web server (configuration as in docs/hosting.md)");
        output.WriteLine("  Ascent.Web COMMAND [ARGUMENTS]             run a command and exit");
        output.WriteLine();
        output.WriteLine("Commands:");
        var width = Commands.Max(c => c.Name.Length) + 2;
        foreach (var command in Commands)
            output.WriteLine($"  {command.Name.PadRight(width)}{command.Summary}");
        output.WriteLine();
        output.WriteLine("Options of each command:");
        foreach (var command in Commands.Where(c => c.Options.Count > 0))
        {
            output.WriteLine($"  {command.Name}");
            WriteOptions(command, output, "    ");
        }

        output.WriteLine();
        output.WriteLine("Run 'help COMMAND' or 'COMMAND --help' to see how to use one command.");
        output.WriteLine("With dotnet run, put the arguments after --: dotnet run --project src/Ascent.Web -- import --help");
    }

    private static int WriteHelp(CommandInfo command, TextWriter output)
    {
        output.WriteLine($"{command.Name}: {command.Summary}.");
        output.WriteLine();
        foreach (var usage in command.Usage)
            output.WriteLine(usage);
        if (command.Options.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Arguments and options:");
            WriteOptions(command, output, "  ");
        }

        return 0;
    }

    private static void WriteOptions(CommandInfo command, TextWriter output, string indent)
    {
        var width = command.Options.Max(o => o.Option.Length) + 2;
        foreach (var (option, meaning) in command.Options)
            output.WriteLine($"{indent}{option.PadRight(width)}{meaning}");
    }

    private static int Unknown(string word, TextWriter error)
    {
        var closest = ClosestCommand(word);
        error.WriteLine(closest is null ? $"Unknown command '{word}'." : $"Unknown command '{word}'. Did you mean '{closest}'?");
        error.WriteLine();
        WriteList(error);
        return UsageError;
    }

    /// The command a mistyped word most likely meant: at most a third of its letters wrong (at least one), a swap of
    /// two neighbouring letters counting as one.
    public static string? ClosestCommand(string word)
    {
        var typed = word.TrimStart('-').ToLowerInvariant();
        return Commands
            .Select(c => (c.Name, Distance: Distance(typed, c.Name)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and transpositions of neighbours.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1][];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i] = new int[b.Length + 1];
            d[i][0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
            d[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.Min(Math.Min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i][j] = Math.Min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }

        return d[a.Length][b.Length];
    }

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "/?";
}
