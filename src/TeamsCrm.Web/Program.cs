var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGet("/", () => "TeamsCrm");

app.Run();

public partial class Program;
