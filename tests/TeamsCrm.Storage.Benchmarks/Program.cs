using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Core.Search;
using TeamsCrm.Storage.Accounts;
using TeamsCrm.Storage.Benchmarks;
using TeamsCrm.Storage.Keys;
using TeamsCrm.Storage.Outbox;

// Storage benchmarks against Azurite (scripts/benchmark.sh starts it). Each operation of ours is
// measured side by side, interleaved, with the storage floor in the same run.
// --scoring: the deal score benchmark instead (no storage; ScoringBenchmark).
if (args.Contains("--scoring"))
{
    ScoringBenchmark.Run();
    return;
}

const int Warmup = 30;
const int Samples = 300;
const string Tenant = "tenant-benchmark";

var connection = TestStorage.ConnectionString;
var counter = new RequestCounter();
var clientOptions = new TableClientOptions();
clientOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
var storageOptions = Options.Create(new StorageOptions { ConnectionString = connection, TablePrefix = "Bench" + Guid.NewGuid().ToString("N")[..8] });
var tables = new CrmTables(new TableServiceClient(connection, clientOptions), storageOptions);
await tables.CreateIfNotExistsAsync();

var time = TimeProvider.System;
var outbox = new IndexOutbox(tables, new TableIndexWriter(tables), time);
var store = new TableAccountStore(tables, outbox, time, NullLogger<TableAccountStore>.Instance);
var index = new TableCrmIndex(tables);
var search = new AccountSearch(store, index);
var accounts = new AccountService(store, search, time);
var member = new Caller(Tenant, "bench-user", "Bench User", CallerRole.Member);

Console.Error.WriteLine("Writing an account with 20 contacts, 10 deals, 200 comments, 50 interactions …");
var account = await BenchmarkData.LargeAccountAsync(accounts, store, member, time);
Console.Error.WriteLine("Writing the name index of 10,000 accounts …");
await BenchmarkData.NameIndexAsync(tables, Tenant, 10_000, time);

var partitionKey = StorageKeys.AccountPartition(Tenant, account.Id);
async Task RawCardAsync()
{
    async Task<List<TableEntity>> RangeAsync(string from, string to, int? take)
    {
        var list = new List<TableEntity>();
        await foreach (var page in tables.Data.QueryAsync<TableEntity>(StorageKeys.Filter(partitionKey, from, to), take).AsPages())
        {
            list.AddRange(page.Values);
            if (take is not null)
            {
                break;
            }
        }

        return list;
    }

    await Task.WhenAll(
        RangeAsync(StorageKeys.CoreStart, StorageKeys.CoreEnd, null),
        RangeAsync(StorageKeys.CommentPrefix, StorageKeys.PrefixEnd(StorageKeys.CommentPrefix), 5),
        RangeAsync(StorageKeys.InteractionPrefix, StorageKeys.PrefixEnd(StorageKeys.InteractionPrefix), 5));
}

async Task CardAsync()
{
    var card = await accounts.GetCustomerCardAsync(member, account.Id);
    if (!card.IsSuccess || card.Value.OpenDeals.Count == 0 || card.Value.LatestComments.Count != 5)
    {
        throw new InvalidOperationException("The card is not what the benchmark expects.");
    }
}

async Task CardJsonAsync()
{
    var card = await accounts.GetCustomerCardAsync(member, account.Id);
    var json = CustomerCardBuilder.Build(card.Value!, CardContext.German).ToJsonString();
    if (json.Length == 0)
    {
        throw new InvalidOperationException("The Adaptive Card is empty.");
    }
}

async Task PointReadAsync() => await tables.Data.GetEntityAsync<TableEntity>(partitionKey, StorageKeys.Account);

async Task RawNameRangeAsync()
{
    var prefix = "mueller";
    var filter = StorageKeys.Filter(StorageKeys.NameIndexPartition(Tenant), prefix, StorageKeys.PrefixEnd(prefix));
    await foreach (var page in tables.NamesFor(prefix).QueryAsync<TableEntity>(filter, 30).AsPages())
    {
        break;
    }
}

async Task SearchAsync()
{
    var hits = await search.SearchAsync(member, "mueller");
    if (hits.Value is not { Count: 1 })
    {
        throw new InvalidOperationException("The search is not what the benchmark expects.");
    }
}

var pairs = new[]
{
    (Ours: new Measurement("GetCustomerCard (use case, member)"), OursRun: (Func<Task>)CardAsync, Floor: new Measurement("raw: 3 parallel range queries"), FloorRun: (Func<Task>)RawCardAsync),
    (Ours: new Measurement("customer card as Adaptive Card JSON (use case + card builder, de-DE)"), OursRun: (Func<Task>)CardJsonAsync, Floor: new Measurement("raw: 3 parallel range queries (again)"), FloorRun: (Func<Task>)RawCardAsync),
    (Ours: new Measurement("SearchAccounts \"mueller\" in 10,000"), OursRun: SearchAsync, Floor: new Measurement("raw: point read of one entity"), FloorRun: PointReadAsync),
    (Ours: new Measurement("raw: the name range query alone"), OursRun: RawNameRangeAsync, Floor: new Measurement("raw: point read of one entity (again)"), FloorRun: PointReadAsync),
};

foreach (var pair in pairs)
{
    foreach (var (measurement, run) in new[] { (pair.Ours, pair.OursRun), (pair.Floor, pair.FloorRun) })
    {
        counter.Reset();
        await run();
        measurement.Requests = counter.Requests;
        measurement.SequentialRoundTrips = counter.SequentialRoundTrips;
    }

    for (var i = 0; i < Warmup; i++)
    {
        await pair.OursRun();
        await pair.FloorRun();
    }

    for (var i = 0; i < Samples; i++)
    {
        await pair.Ours.SampleAsync(pair.OursRun);
        await pair.Floor.SampleAsync(pair.FloorRun);
    }
}

Console.WriteLine($"Samples per operation: {Samples} (after {Warmup} warm-up rounds), interleaved with the floor.");
Console.WriteLine();
Console.WriteLine("| operation | median ms | p95 ms | requests | sequential round trips |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var pair in pairs)
{
    Console.WriteLine(pair.Ours.Row());
    Console.WriteLine(pair.Floor.Row());
}

Console.WriteLine();
foreach (var pair in pairs)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {pair.Ours.Name} / {pair.Floor.Name}: median ratio {pair.Ours.Median / pair.Floor.Median:F2}×"));
}

foreach (var table in tables.All)
{
    await table.DeleteAsync();
}
