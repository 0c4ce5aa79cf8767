using Ascent.Web.Commands;
using Ascent.Web.Data;
using Ascent.Web.Infrastructure;

// The same executable runs Ascent's command-line tasks (`dotnet run --project src/Ascent.Web -- import --help`). Help
// and unknown commands are answered before anything starts; only no arguments, or ASP.NET's own options, start the
// web server.
if (CommandLine.TryAnswer(args, Console.Out, Console.Error) is { } answered)
    return answered;
var command = CommandLine.CommandIn(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddAscent();

var app = builder.Build();
app.UseAscent();
await DatabaseSetup.PrepareAsync(app.Services);

if (command?.Run is { } run)
    return await run(app.Services, args);

StartUpMessage.WriteWhenStarted(app);
await app.RunAsync();
return 0;

/// Exposed so the tests can host Ascent with WebApplicationFactory.
public partial class Program;
