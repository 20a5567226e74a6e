using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Core.Search;
using TeamsCrm.Graph.Benchmarks;
using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Configuration;
using TeamsCrm.Graph.Context;
using TeamsCrm.Storage.Accounts;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Outbox;
using TeamsCrm.TestSupport.Graph;

// The customer card with its people and calendar context: Azurite (scripts/benchmark-graph.sh) and a loopback Graph
// stub whose $batch answers after 100 ms. Every variant is measured interleaved with the floor in the same run.
const int Warmup = 10;
const int Samples = 100;
const string Tenant = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";
var graphDelay = TimeSpan.FromMilliseconds(100);

var connection = TestStorage.ConnectionString;
var storageOptions = Options.Create(new StorageOptions { ConnectionString = connection, TablePrefix = "GBench" + Guid.NewGuid().ToString("N")[..8] });
var tables = new CrmTables(new TableServiceClient(connection), storageOptions);
await tables.CreateIfNotExistsAsync();
var time = TimeProvider.System;
var store = new TableAccountStore(tables, new IndexOutbox(tables, new TableIndexWriter(tables), time), time, NullLogger<TableAccountStore>.Instance);
var accounts = new AccountService(store, new AccountSearch(store, new TableCrmIndex(tables)), time);
var viewer = new Caller(Tenant, "6b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e", "Bench Owner", CallerRole.Member);
var account = (await accounts.CreateAsync(viewer, new AccountInput("Müller Maschinenbau GmbH", "GmbH", "Mechanical engineering", Website: "https://www.mueller.example"), allowSimilarName: true)).Value!;

await using var stub = await GraphStub.StartAsync();
GraphStubData.Configure(stub, viewer.UserId, graphDelay);
var graphOptions = Options.Create(new GraphOptions { Mode = GraphMode.Live, Credential = GraphCredentialKind.None, TenantId = Tenant, BaseUrl = stub.BaseUrl });
using var clients = new GraphClientProvider(graphOptions, null);
GraphPeopleContextSource NewSource() => new(clients, graphOptions, time, NullLogger<GraphPeopleContextSource>.Instance);

var warmService = new CustomerContextService(NewSource(), time);
var coldSource = new SwappableSource(NewSource());
var hintedService = new CustomerContextService(coldSource, time);
await CardAsync(hintedService); // the service learns the account's people (its hint); caches are emptied before each sample

async Task<string> CardAsync(CustomerContextService? people)
{
    var pending = people?.Start(viewer, account.Id);
    var card = (await accounts.GetCustomerCardAsync(viewer, account.Id)).Value!;
    var context = people is null ? null : await people.CompleteAsync(viewer, card, pending!);
    if (people is not null && (context!.IsDegraded || context.LastMet is null))
    {
        throw new InvalidOperationException("The Graph part of the card is not what the benchmark expects.");
    }

    return CustomerCardBuilder.Build(card, CardContext.German, new CustomerCardOptions(People: context, ViewerId: viewer.UserId)).ToJsonString();
}

var variants = new (string Name, Func<Task> Run, Action? Prepare)[]
{
    ("floor: card JSON without Graph (storage + assembly + builder)", () => CardAsync(null), null),
    ("card JSON + Graph, caches cold, account seen before (Graph parallel with storage)", () => CardAsync(hintedService), () => coldSource.Inner = NewSource()),
    ("card JSON + Graph, caches warm", () => CardAsync(warmService), null),
    ("card JSON + Graph, first view of the account since start (Graph after storage)", () => CardAsync(new CustomerContextService(NewSource(), time)), null),
};

var samples = variants.ToDictionary(v => v.Name, _ => new List<double>());
var trips = variants.ToDictionary(v => v.Name, _ => new List<int>());
for (var i = 0; i < Warmup + Samples; i++)
{
    foreach (var (name, run, prepare) in variants)
    {
        prepare?.Invoke();
        var before = stub.RoundTrips.Count;
        var start = Stopwatch.GetTimestamp();
        await run();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (i >= Warmup)
        {
            samples[name].Add(elapsed);
            trips[name].Add(stub.RoundTrips.Count - before);
        }
    }
}

double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
}

Console.WriteLine($"Samples per variant: {Samples} (after {Warmup} warm-up rounds), interleaved; the Graph stub answers each $batch after {graphDelay.TotalMilliseconds:F0} ms.");
Console.WriteLine();
Console.WriteLine("| card build | median ms | p95 ms | Graph round trips per card |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, _, _) in variants)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(samples[name], 0.5):F1} | {Percentile(samples[name], 0.95):F1} | {trips[name].Average():F2} |"));
}

var floor = Percentile(samples[variants[0].Name], 0.5);
var budget = 1.15 * Math.Max(floor, graphDelay.TotalMilliseconds);
var cold = Percentile(samples[variants[1].Name], 0.5);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- budget 1.15 × max(floor {floor:F1} ms, {graphDelay.TotalMilliseconds:F0} ms) = {budget:F1} ms; cold card (account seen before) median {cold:F1} ms: {(cold <= budget ? "within" : "OVER")} budget"));

foreach (var table in tables.All)
{
    await table.DeleteAsync();
}
