using Azure.Data.Tables;
using Microsoft.Playwright;
using TeamsCrm.Tab.Benchmarks;

// The account workspace in a real browser (scripts/benchmark-tab.sh starts Azurite and runs this): the real app as a
// child process, Debian's Chromium with a cold cache per sample. Reports time to first render (first contentful paint,
// and until the page is live: circuit connected, nothing loading), bytes of the first load (compressed, as sent), the
// server's memory per connected user, and the storage floor (the workspace's partition read) of the same run; then the
// same first-load figures for the personal tab's insights page.
const int Warmup = 3;
const int Samples = 20;
const int Users = 20;

var storage = TestStorage.ConnectionString;
var tablePrefix = "TabB" + Guid.NewGuid().ToString("N")[..8];
using var tokens = new ChannelTokens();
await using var channel = await LoopbackChannel.StartAsync(tokens);
using var app = AppProcess.Start(RepositoryPaths.WebApp("Release"), storage, tablePrefix, channel, new Dictionary<string, string> { ["Entra__DevelopmentSignIn"] = "true" });
Console.Error.WriteLine($"App started on {app.BaseAddress}; waiting for /health and the demo data …");
await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
var data = new TableClient(storage, tablePrefix + "Data");
await SeededAccounts.WaitForDemoAsync(data, app);
var account = await SeededAccount.ByNameAsync(data, "Contoso Ltd");
var workspace = $"/tab/accounts/{account.GetString("Id")}";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(Browsers.Options);
var cookies = await Browsers.SignInAsync(browser, app.BaseAddress, DemoPeople.Megan.AadObjectId);

var loads = new List<PageLoad>();
var floors = new List<double>();
for (var i = 0; i < Warmup + Samples; i++)
{
    var load = await PageLoad.MeasureAsync(browser, app.BaseAddress, cookies, workspace);
    var floor = await SeededAccount.PartitionReadMillisecondsAsync(data, account.PartitionKey);
    if (i >= Warmup)
    {
        loads.Add(load);
        floors.Add(floor);
    }
}

// The personal tab's insights page (issue 15: charts drawn on the server), cold loads the same way: Megan's own figures
// of this quarter, as the page opens.
var insightsLoads = new List<PageLoad>();
for (var i = 0; i < Warmup + Samples; i++)
{
    var load = await PageLoad.MeasureAsync(browser, app.BaseAddress, cookies, "/tab/insights");
    if (i >= Warmup)
    {
        insightsLoads.Add(load);
    }
}

var memory = await ServerMemory.PerUserAsync(browser, app, cookies, workspace, Users);

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

var c = CultureInfo.InvariantCulture;
var floorMs = Median(floors);
var paint = Median(loads.Select(l => l.FirstContentfulPaintMs));
var live = Median(loads.Select(l => l.LiveMs));
Console.WriteLine($"Account workspace, {Samples} cold loads (median), Chromium headless, app and Azurite on loopback:");
Console.WriteLine();
Console.WriteLine("| measure | value | budget |");
Console.WriteLine("|---|---|---|");
Console.WriteLine(string.Create(c, $"| storage floor: the workspace's partition read | {floorMs:0.0} ms | — |"));
Console.WriteLine(string.Create(c, $"| first contentful paint | {paint:0} ms ({paint / floorMs:0.0}× floor) | ≤ 1000 ms |"));
Console.WriteLine(string.Create(c, $"| live (circuit connected, nothing loading) | {live:0} ms ({live / floorMs:0.0}× floor) | — |"));
Console.WriteLine(string.Create(c, $"| bytes on first load, compressed as sent | {Median(loads.Select(l => (double)l.TransferBytes)) / 1024:0} KB | ≤ 1024 KB |"));
Console.WriteLine(string.Create(c, $"| bytes on first load, uncompressed | {Median(loads.Select(l => (double)l.DecodedBytes)) / 1024:0} KB | — |"));
Console.WriteLine(string.Create(c, $"| server memory per connected user ({Users} open workspaces) | {memory / 1024:0} KB | report |"));
var insightsPaint = Median(insightsLoads.Select(l => l.FirstContentfulPaintMs));
var insightsBytes = Median(insightsLoads.Select(l => (double)l.TransferBytes));
Console.WriteLine(string.Create(c, $"| insights page (/tab/insights): first contentful paint | {insightsPaint:0} ms | ≤ 1000 ms |"));
Console.WriteLine(string.Create(c, $"| insights page: live (circuit connected, nothing loading) | {Median(insightsLoads.Select(l => l.LiveMs)):0} ms | — |"));
Console.WriteLine(string.Create(c, $"| insights page: bytes on first load, compressed as sent | {insightsBytes / 1024:0} KB | ≤ 1024 KB |"));
Console.WriteLine(string.Create(c, $"| insights page: bytes on first load, uncompressed | {Median(insightsLoads.Select(l => (double)l.DecodedBytes)) / 1024:0} KB | — |"));
var withinBudget = paint <= 1000 && insightsPaint <= 1000 && Median(loads.Select(l => (double)l.TransferBytes)) <= 1024 * 1024 && insightsBytes <= 1024 * 1024;
return withinBudget ? 0 : 1;
