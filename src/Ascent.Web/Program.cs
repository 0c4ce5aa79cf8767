using Ascent.Web.Data;
using Ascent.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddAscent();

var app = builder.Build();
app.UseAscent();
await DatabaseSetup.PrepareAsync(app.Services);
await app.RunAsync();

/// Exposed so the tests can host Ascent with WebApplicationFactory.
public partial class Program;
