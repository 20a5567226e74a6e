using Azure;
using TeamsCrm.Bot.LoadBenchmarks;

// Invoke load benchmark (scripts/benchmark-bot.sh starts Azurite and runs this): the real app as a child
// process over loopback HTTP, concurrent users clicking card actions, and the storage floor of a refresh
// under the same concurrency, in alternating blocks of the same run. Exits 1 if any request failed.
var settings = LoadSettings.From(args);
var storage = TestStorage.ConnectionString;
var appPath = RepositoryPaths.WebApp("Release");

var tablePrefix = "Load" + Guid.NewGuid().ToString("N")[..8];
var loadAtStart = LoadAverage.Read();

using var tokens = new ChannelTokens();
await using var channel = await LoopbackChannel.StartAsync(tokens);
using var app = AppProcess.Start(appPath, storage, tablePrefix, channel);
RememberForCleanup(app.Id);
Console.Error.WriteLine($"App started on {app.BaseAddress}; waiting for /health and the demo data …");
await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));
var floor = StorageFloor.Create(storage, tablePrefix, DemoPeople.TenantId);
var accountIds = await floor.DemoAccountsAsync(app);
var entitiesAtStart = await floor.DataEntitiesAsync();

using var client = new BotClient(app.BaseAddress, tokens.Authorization(AppProcess.AppId, channel.ServiceUrl), channel.ServiceUrl);
var users = Enumerable.Range(0, settings.Users).Select(n => new VirtualUser(n, accountIds)).ToArray();
var processes = new Dictionary<string, int> { ["app"] = app.Id };
if (int.TryParse(Environment.GetEnvironmentVariable("TEAMSCRM_BENCH_AZURITE_PID"), CultureInfo.InvariantCulture, out var azuritePid))
{
    processes["Azurite"] = azuritePid;
}

processes["harness"] = Environment.ProcessId;
var (invokeCpu, floorCpu) = (new CpuUse(processes), new CpuUse(processes));
if (settings.Mode == LoadSettings.SearchMode)
{
    // The message extension's search (issue 13): see SearchBenchmark.
    var searchFloor = SearchFloor.Create(storage, tablePrefix, DemoPeople.TenantId);
    var names = await searchFloor.AccountNamesAsync(accountIds);
    var searchResult = await new SearchBenchmark(settings, client, channel, searchFloor, names).RunAsync(invokeCpu, floorCpu);
    if (searchResult != 0)
    {
        Console.Error.WriteLine("Requests failed; the app's last output lines:\n" + app.OutputText);
    }

    return searchResult;
}


Task<TimeSpan> InvokesAsync(int count, InvokeResults results) => ConcurrentLoad.RunAsync(settings, count, async n =>
{
    var click = users[n].NextClick();
    var (elapsed, answer) = await client.InvokeAsync(users[n], click);
    users[n].Received(click, answer);
    results.Record(click, elapsed, answer);
});

Task<TimeSpan> FloorAsync(int count, Measurement measurement, InvokeResults failures) => ConcurrentLoad.RunAsync(settings, count, async _ =>
{
    var accountId = accountIds[Random.Shared.Next(accountIds.Count)];
    var start = Stopwatch.GetTimestamp();
    try
    {
        await floor.ReadCustomerCardAsync(accountId);
        measurement.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
    catch (Exception ex) when (ex is RequestFailedException or InvalidOperationException)
    {
        failures.RecordFailure("floor: " + ex.Message);
    }
});

Console.Error.WriteLine($"Warming up: {settings.Warmup} invokes and {settings.Warmup} floor reads …");
var warmup = new InvokeResults();
await InvokesAsync(settings.Warmup, warmup);
await FloorAsync(settings.Warmup, new Measurement("warm-up floor"), warmup);

var rounds = new List<RoundResult>();
for (var round = 0; round < settings.Rounds; round++)
{
    var (invokes, floorReads) = (new InvokeResults(), new Measurement("floor"));
    TimeSpan invokeTime, floorTime;
    if (round % 2 == 0)
    {
        floorTime = await floorCpu.MeasureAsync(() => FloorAsync(settings.InvokesPerRound, floorReads, invokes));
        invokeTime = await invokeCpu.MeasureAsync(() => InvokesAsync(settings.InvokesPerRound, invokes));
    }
    else
    {
        invokeTime = await invokeCpu.MeasureAsync(() => InvokesAsync(settings.InvokesPerRound, invokes));
        floorTime = await floorCpu.MeasureAsync(() => FloorAsync(settings.InvokesPerRound, floorReads, invokes));
    }

    rounds.Add(new RoundResult(invokes, invokeTime, floorReads, floorTime));
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Round {round + 1}: invokes p50 {invokes.All.Percentile(0.5):F1} ms p99 {invokes.All.Percentile(0.99):F1} ms, floor p50 {floorReads.Percentile(0.5):F1} ms p99 {floorReads.Percentile(0.99):F1} ms"));
}

Report.Print(settings, rounds, warmup, (invokeCpu, floorCpu), channel.Requests, (loadAtStart, LoadAverage.Read()));
var retried = floor.FailedAttempts.Count == 0 ? "none" : string.Join("; ", floor.FailedAttempts.Select(f => $"{f.Value}× {f.Key}"));
Console.WriteLine("- Floor storage attempts that failed and were retried: " + retried + ".");
var entitiesAtEnd = await floor.DataEntitiesAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"- The data table (all account partitions; Azurite scans it for every query) grew from {entitiesAtStart:N0} to {entitiesAtEnd:N0} entities during the run."));
if (warmup.Failures + rounds.Sum(r => r.Invokes.Failures) > 0)
{
    Console.Error.WriteLine("Requests failed; the app's last output lines:\n" + app.OutputText);
    return 1;
}

return 0;

// scripts/benchmark-bot.sh kills the app too if this process dies without cleaning up.
static void RememberForCleanup(int processId)
{
    if (Environment.GetEnvironmentVariable("TEAMSCRM_BENCH_WORK") is { Length: > 0 } work)
    {
        File.WriteAllText(Path.Combine(work, "app.pid"), processId.ToString(CultureInfo.InvariantCulture));
    }
}
