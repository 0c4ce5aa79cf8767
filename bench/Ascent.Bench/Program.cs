using System.Globalization;
using Ascent.Bench;

const string Usage = """
    Usage: dotnet run -c Release --project bench/Ascent.Bench -- COMMAND [options]
      import     [--runs N] [--data FOLDER]         register import against PostgreSQL COPY (N runs, default 3)
      list-load  [--seconds S] [--data FOLDER]      the settings list under wrk load (S seconds per target, default 20)
      mail       [--messages M] [--runs N]          e-mail through the outbox against MailKit straight to SMTP (default 500, 3)
      charts     [--seconds S] [--series N] [--requests R]
                                                    a setting's charts page, N series of 5 years monthly: R requests one at a
                                                    time, then S seconds under wrk (default 20 s, 6 series, 200 requests)
      results    [--requests R]                     an audit's results page, one request at a time and under wrk (default 500)
      screening  [--saves N]                        the screening grid's save of 30 children against a raw INSERT (default 200)
      quality-mark [--runs N] [--seconds S] [--requests R] [--data FOLDER]
                                                    the impact report (N runs, default 30) and the public register (R requests
                                                    one at a time, default 200, and S seconds under wrk) of the largest LA
    FOLDER holds Ofsted's segment-1..15.csv; the default is shared/data/ofsted-childcare-providers-2021-08-31 beside the repository.
    """;

var command = args.FirstOrDefault();
var runs = IntOption("--runs", 3);
var seconds = IntOption("--seconds", 20);
var data = Option("--data");

switch (command)
{
    case "import":
        return await ImportBenchmark.RunAsync(RegisterFiles.Find(data), runs);
    case "list-load":
        return await ListLoadBenchmark.RunAsync(RegisterFiles.Find(data), seconds);
    case "charts":
        return await ChartsLoadBenchmark.RunAsync(seconds, IntOption("--series", 6), IntOption("--requests", 200));
    case "mail":
        return await MailBenchmark.RunAsync(IntOption("--messages", 500), runs);
    case "results":
        return await ResultsBenchmark.RunAsync(IntOption("--requests", 500));
    case "screening":
        return await ScreeningBenchmark.RunAsync(IntOption("--saves", 200));
    case "quality-mark":
        return await QualityMarkBenchmark.RunAsync(RegisterFiles.Find(data), seconds, IntOption("--runs", 30), IntOption("--requests", 200));
    default:
        await Console.Error.WriteLineAsync(Usage);
        return 2;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntOption(string name, int fallback)
{
    var value = Option(name);
    if (value is null)
        return fallback;
    var number = int.Parse(value, CultureInfo.InvariantCulture);
    return number > 0 ? number : throw new ArgumentException($"{name} must be positive.");
}
