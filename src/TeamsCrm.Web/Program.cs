using TeamsCrm.Web.Bot;

var builder = WebApplication.CreateBuilder(args);

// TEMP until AddCrmStorage lands: the bot's Table Storage state needs a TableServiceClient.
builder.Services.AddSingleton(_ => new Azure.Data.Tables.TableServiceClient(
    builder.Configuration["Storage:ConnectionString"] ?? "UseDevelopmentStorage=true"));
builder.Services.AddCrmBot(builder.Configuration);

var app = builder.Build();

app.MapGet("/", () => "TeamsCrm");
app.MapGet("/health", () => Results.Ok("healthy")); // TEMP until AddCrmStorage lands
app.MapCrmBot();

app.Run();

public partial class Program;
