using System.Net;
using System.Text.Json.Nodes;
using TeamsCrm.Api.Benchmarks;

// The REST API's account read against its storage floor (scripts/benchmark-api.sh starts Azurite and runs this): the real
// app (Release) as a child process on loopback, Entra tokens validated against a loopback Entra, and in the same run,
// interleaved one by one, GET /api/v1/accounts/{id} over HTTP and the raw range query of the same partition's core rows.
// Budget: the API's median ≤ 1.2 × the floor's. Options: --samples 5000 --warmup 1000 (warm-up pairs also let the JIT reach its optimised code).
// --mode insights: the pipeline figures of a 100,000-deal tenant against the floor instead (Insights/InsightsBenchmark).
const double Budget = 1.2;
if (args.SkipWhile(a => a != "--mode").Skip(1).FirstOrDefault() == "insights")
{
    return await TeamsCrm.Api.Benchmarks.Insights.InsightsBenchmark.RunAsync(Option);
}

var samples = Option("--samples", 5000);
var warmup = Option("--warmup", 1000);
var storage = TestStorage.ConnectionString;
var tablePrefix = "Api" + Guid.NewGuid().ToString("N")[..8];
var loadAtStart = LoadAverage();

await using var running = await BenchmarkApp.StartAsync(storage, tablePrefix);
var (app, entra) = (running.App, running.Entra);
var floor = PartitionFloor.Create(storage, tablePrefix, DemoPeople.TenantId);
var accounts = await floor.DemoAccountsAsync(app);

string TokenOf(string objectId) => running.TokenOf(DemoPeople.TenantId, objectId);
using var member = new ApiReader(app.BaseAddress, TokenOf(DemoPeople.Megan.AadObjectId));
using var partner = new ApiReader(app.BaseAddress, TokenOf(DemoPeople.ObjectId(6)));
using var anonymous = new ApiReader(app.BaseAddress, token: null);
var shared = await SharedWithPartnerAsync(app.BaseAddress, TokenOf(DemoPeople.ObjectId(6)));

var (memberApi, memberFloor) = (new Samples("GET /api/v1/accounts/{id} (member)"), new Samples("floor: core range query of the partition (raw Azure.Data.Tables)"));
var (partnerApi, partnerFloor) = (new Samples("GET /api/v1/accounts/{id} (partner, shared account)"), new Samples("floor for the partner's accounts"));
var (noStorage, noToken) = (new Samples("without storage: GET with a malformed id (token, caller, use case; 404)"), new Samples("without token: GET refused by authorization (401)"));
var bytes = 0L;

async Task PairAsync(ApiReader reader, IReadOnlyList<string> ids, int n, Samples api, Samples raw)
{
    var id = ids[Random.Shared.Next(ids.Count)];
    // Alternate which goes first, so neither always finds the connection or Azurite warmer.
    if (n % 2 == 0)
    {
        await api.TimeAsync(async () => bytes += await reader.ReadAccountAsync(id));
        await raw.TimeAsync(() => floor.ReadAsync(id));
    }
    else
    {
        await raw.TimeAsync(() => floor.ReadAsync(id));
        await api.TimeAsync(async () => bytes += await reader.ReadAccountAsync(id));
    }
}

Console.Error.WriteLine($"Warming up: {warmup} pairs …");
for (var n = 0; n < warmup; n++)
{
    await PairAsync(member, accounts, n, new Samples("warm-up"), new Samples("warm-up"));
    await PairAsync(partner, shared, n, new Samples("warm-up"), new Samples("warm-up"));
    await member.ExpectAsync("/api/v1/accounts/not-an-id", HttpStatusCode.NotFound);
    await anonymous.ExpectAsync($"/api/v1/accounts/{accounts[0]}", HttpStatusCode.Unauthorized);
}

Console.Error.WriteLine($"Measuring: {samples} pairs as a member, {samples / 4} as a partner …");
bytes = 0;
var azuritePid = int.TryParse(Environment.GetEnvironmentVariable("TEAMSCRM_BENCH_AZURITE_PID"), CultureInfo.InvariantCulture, out var pid) ? pid : (int?)null;
var (appCpu, azuriteCpu) = (CpuOf(app.Id), CpuOf(azuritePid));
for (var n = 0; n < samples; n++)
{
    await PairAsync(member, accounts, n, memberApi, memberFloor);
    if (n % 4 == 0)
    {
        await PairAsync(partner, shared, n / 4, partnerApi, partnerFloor);
        await noStorage.TimeAsync(() => member.ExpectAsync("/api/v1/accounts/not-an-id", HttpStatusCode.NotFound));
        await noToken.TimeAsync(() => anonymous.ExpectAsync($"/api/v1/accounts/{accounts[0]}", HttpStatusCode.Unauthorized));
    }
}

var apiReads = memberApi.Count + partnerApi.Count + noStorage.Count + noToken.Count;
(appCpu, azuriteCpu) = (CpuOf(app.Id) - appCpu, CpuOf(azuritePid) - azuriteCpu);
var memberRatio = memberApi.Percentile(0.5) / memberFloor.Percentile(0.5);
var partnerRatio = partnerApi.Percentile(0.5) / partnerFloor.Percentile(0.5);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, load average {loadAtStart} at start, {LoadAverage()} at the end; one request at a time, interleaved pairs on random demo accounts ({accounts.Count}; partner: {shared.Count} shared)."));
Console.WriteLine();
Console.WriteLine("| operation | samples | median ms | p95 ms | p99 ms |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var row in new[] { memberApi, memberFloor, partnerApi, partnerFloor, noStorage, noToken })
{
    Console.WriteLine(row.Row());
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"- Member: API / floor **{memberRatio:F2}×** at the median (budget {Budget:F1}×: {(memberRatio <= Budget ? "met" : "NOT met")}), {memberApi.Percentile(0.99) / memberFloor.Percentile(0.99):F2}× at p99."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"- Partner: API / floor {partnerRatio:F2}× at the median, {partnerApi.Percentile(0.99) / partnerFloor.Percentile(0.99):F2}× at p99."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"- CPU per API request in the app {appCpu.TotalMilliseconds / apiReads:F2} ms; Azurite per storage read {azuriteCpu.TotalMilliseconds / (2 * (memberApi.Count + partnerApi.Count)):F2} ms{(azuritePid is null ? " (Azurite's process id unknown)" : string.Empty)}."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"- Body {bytes / Math.Max(1, memberApi.Count + partnerApi.Count)} bytes per read on average; the app fetched the loopback Entra's metadata {entra.MetadataRequests}× and its keys {entra.KeyRequests}× in the whole run."));
return 0;

static TimeSpan CpuOf(int? processId)
{
    try
    {
        using var process = processId is { } id ? Process.GetProcessById(id) : null;
        return process?.TotalProcessorTime ?? TimeSpan.Zero;
    }
    catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
    {
        return TimeSpan.Zero;
    }
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string LoadAverage()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "n/a";
    }
}

// The accounts the demo shares with the partner organisation, found the way the partner would: the API's search.
static async Task<IReadOnlyList<string>> SharedWithPartnerAsync(Uri app, string token)
{
    using var http = new HttpClient { BaseAddress = app };
    http.DefaultRequestHeaders.Authorization = new("Bearer", token);
    var ids = new List<string>();
    foreach (var name in new[] { "fabrikam", "northwind", "adventure", "contoso", "mueller" })
    {
        var page = JsonNode.Parse(await http.GetStringAsync(new Uri($"/api/v1/accounts?query={name}", UriKind.Relative)))!;
        ids.AddRange(page["items"]!.AsArray().Select(item => (string)item!["id"]!));
    }

    return ids.Count > 0 ? ids : throw new InvalidOperationException("The partner sees no shared account.");
}
