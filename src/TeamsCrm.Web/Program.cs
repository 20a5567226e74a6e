using TeamsCrm.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCrmTelemetry(builder.Configuration);

var app = builder.Build();

app.MapGet("/", () => "TeamsCrm");

app.Run();

public partial class Program;
