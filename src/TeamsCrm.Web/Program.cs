using TeamsCrm.Analytics;
using TeamsCrm.Core;
using TeamsCrm.Core.Workspace;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Bot;
using TeamsCrm.Web.ChatInsights;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Health;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Identity;
using TeamsCrm.Web.Legal;
using TeamsCrm.Web.People;
using TeamsCrm.Web.Tab.Hosting;
using TeamsCrm.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);
if (builder.Environment.IsDevelopment() && string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:3978");
}

builder.Services.AddCrmTelemetry(builder.Configuration);
builder.Services.AddCrmAppOptions();
builder.Services.AddCrmStorage();
builder.Services.AddCrmUseCases();
builder.Services.AddCrmAnalytics();
builder.Services.AddCrmWorkspace();
builder.Services.AddCrmPeople(builder.Configuration, builder.Environment);
builder.Services.AddCrmDemoData(builder.Environment);
builder.Services.AddCrmBot(builder.Configuration);
builder.Services.AddCrmChatInsights();
builder.Services.AddCrmIdentity();
builder.Services.AddCrmTab();
builder.Services.AddCrmApi();

var app = builder.Build();

app.UseCrmWebPipeline();
app.MapCrmHealth();
app.MapCrmBot();
app.MapCrmLegalPages();
app.MapCrmPeoplePhotos();
app.MapCrmChatInsightsCharts();
app.MapCrmTabSession();
app.MapCrmApi();
app.MapCrmTab();

app.Run();

public partial class Program;
