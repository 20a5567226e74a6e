using System.Net;
using Azure;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// The message extension's search (issue 13), against the real app on the demo data (--mode search):
/// (a) one user, no queueing: a <c>composeExtension/query</c> invoke for an account's name against the bot's name
/// search turn ("show {name}" in the same user's 1:1 chat, timed until the app has sent the customer card to the
/// connector and answered), in interleaved pairs on the same names, which goes first alternating;
/// (b) the search invoke under concurrent users against <see cref="SearchFloor"/> under the same concurrency, in
/// alternating blocks of the same run. Every answer is checked; one failure makes the run invalid.
/// </summary>
internal sealed class SearchBenchmark(LoadSettings settings, BotClient client, LoopbackChannel channel, SearchFloor floor, IReadOnlyList<string> names)
{
    private readonly TeamsConversation _chat = TeamsConversation.Personal("a:search-personal-megan");
    private readonly InvokeResults _failures = new();

    public async Task<int> RunAsync(CpuUse invokeCpu, CpuUse floorCpu)
    {
        Console.Error.WriteLine($"Single user: {settings.Pairs / 10} warm-up pairs, then {settings.Pairs} pairs of search invoke and \"show\" message …");
        await PairsAsync(settings.Pairs / 10, new Measurement("warm-up query"), new Measurement("warm-up message"));
        var (query, message) = (new Measurement("composeExtension/query (one user)"), new Measurement("message \"show {name}\" (one user)"));
        await PairsAsync(settings.Pairs, query, message);

        Console.Error.WriteLine($"Under load: {settings.Users} users, {settings.Warmup} warm-up searches and floor reads …");
        await InvokesAsync(settings.Warmup, new Measurement("warm-up"));
        await FloorAsync(settings.Warmup, new Measurement("warm-up floor"), []);
        var (invokes, floorReads, partitions) = (new Measurement($"composeExtension/query ({settings.Users} users)"), new Measurement("floor: account, deal and contact name indexes, then the account summaries (raw Azure.Data.Tables)"), new ConcurrentBag<int>());
        var (invokeTime, floorTime) = (TimeSpan.Zero, TimeSpan.Zero);
        for (var round = 0; round < settings.Rounds; round++)
        {
            if (round % 2 == 0)
            {
                floorTime += await floorCpu.MeasureAsync(() => FloorAsync(settings.InvokesPerRound, floorReads, partitions));
                invokeTime += await invokeCpu.MeasureAsync(() => InvokesAsync(settings.InvokesPerRound, invokes));
            }
            else
            {
                invokeTime += await invokeCpu.MeasureAsync(() => InvokesAsync(settings.InvokesPerRound, invokes));
                floorTime += await floorCpu.MeasureAsync(() => FloorAsync(settings.InvokesPerRound, floorReads, partitions));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Round {round + 1}: search p99 {invokes.Percentile(0.99):F1} ms, floor p99 {floorReads.Percentile(0.99):F1} ms (so far)"));
        }

        SearchReport.Print(settings, (query, message), (invokes, invokeTime), (floorReads, floorTime, partitions.DefaultIfEmpty().Average()), (invokeCpu, floorCpu), _failures);
        return _failures.Failures == 0 ? 0 : 1;
    }

    private async Task PairsAsync(int pairs, Measurement query, Measurement message)
    {
        var person = DemoPeople.Megan;
        for (var pair = 0; pair < pairs; pair++)
        {
            var name = names[Random.Shared.Next(names.Count)];
            if (pair % 2 == 0)
            {
                await QueryAsync(person, _chat, name, query);
                await MessageAsync(person, name, message);
            }
            else
            {
                await MessageAsync(person, name, message);
                await QueryAsync(person, _chat, name, query);
            }
        }
    }

    private async Task QueryAsync(DemoPerson person, TeamsConversation conversation, string name, Measurement measurement)
    {
        var (elapsed, status, body, problem) = await client.PostAsync(SearchActivities.Query(person, conversation, client.ServiceUrl, name));
        problem ??= SearchActivities.ProblemWithQueryAnswer(status, body, name);
        Record(measurement, elapsed, problem is null ? null : $"query \"{name}\": {problem}");
    }

    /// <summary>The turn counts only if the customer card reached the connector before the app answered (the turn is synchronous).</summary>
    private async Task MessageAsync(DemoPerson person, string name, Measurement measurement)
    {
        var before = Sent();
        var (elapsed, status, _, problem) = await client.PostAsync(SearchActivities.ShowMessage(person, _chat, client.ServiceUrl, name));
        problem ??= status != HttpStatusCode.OK ? $"HTTP {(int)status}"
            : Sent().Skip(before.Count).Any(a => a.Body.ToJsonString().Contains(JsonEncodedText.Encode(name).ToString(), StringComparison.Ordinal)) ? null
            : "no card naming the account was sent before the answer";
        Record(measurement, elapsed, problem is null ? null : $"message \"show {name}\": {problem}");
    }

    private List<ConnectorActivity> Sent() => [.. channel.Activities.Where(a => a.ConversationId == _chat.Id)];

    private Task<TimeSpan> InvokesAsync(int count, Measurement measurement) => ConcurrentLoad.RunAsync(settings, count, async n =>
    {
        var name = names[Random.Shared.Next(names.Count)];
        await QueryAsync(Person(n), Conversation(n), name, measurement);
    });

    private Task<TimeSpan> FloorAsync(int count, Measurement measurement, ConcurrentBag<int> partitions) => ConcurrentLoad.RunAsync(settings, count, async n =>
    {
        var name = names[Random.Shared.Next(names.Count)];
        var start = Stopwatch.GetTimestamp();
        try
        {
            var read = await floor.SearchAsync(name);
            measurement.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            partitions.Add(read);
        }
        catch (Exception ex) when (ex is RequestFailedException or InvalidOperationException)
        {
            _failures.RecordFailure("floor: " + ex.Message);
        }
    });

    private void Record(Measurement measurement, TimeSpan elapsed, string? problem)
    {
        if (problem is null)
        {
            measurement.Add(elapsed.TotalMilliseconds);
        }
        else
        {
            _failures.RecordFailure(problem);
        }
    }

    private static DemoPerson Person(int user) => DemoPeople.Members[user % DemoPeople.Members.Count];

    private static TeamsConversation Conversation(int user) => user % 2 == 0
        ? TeamsConversation.Channel($"19:search-channel-{(user / 2 % 10).ToString(CultureInfo.InvariantCulture)}@thread.tacv2", "1764600000" + user.ToString("D3", CultureInfo.InvariantCulture))
        : TeamsConversation.Personal("a:search-personal-" + user.ToString(CultureInfo.InvariantCulture));
}
