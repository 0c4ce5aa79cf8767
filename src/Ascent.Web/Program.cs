using Ascent.Web.Commands;
using Ascent.Web.Data;
using Ascent.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddAscent();

var app = builder.Build();
app.UseAscent();
await DatabaseSetup.PrepareAsync(app.Services);

// The same executable runs Ascent's command-line tasks: `dotnet run --project src/Ascent.Web -- create-admin …`.
switch (args.FirstOrDefault())
{
    case "create-admin":
        return await CreateAdminCommand.RunAsync(app.Services, args);
    case "import":
        return await ImportCommand.RunAsync(app.Services, args);
    case "export":
        return await ExportCommand.RunAsync(app.Services, args);
}

await app.RunAsync();
return 0;

/// Exposed so the tests can host Ascent with WebApplicationFactory.
public partial class Program;
