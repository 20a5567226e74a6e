namespace TeamsCrm.Resilience.Tests;

/// <summary>
/// Storage stops answering in the middle of a burst of card actions (Azurite frozen with SIGSTOP: every request
/// hangs, as with an unreachable storage account) and comes back later (SIGCONT).
/// </summary>
public sealed class StorageOutageTests
{
    private static readonly string TryAgainEnglish = ResourceTexts.BotText("TryAgain");
    private static readonly string TryAgainGerman = ResourceTexts.BotText("TryAgain", "de");

    [Fact]
    public async Task Burst_StorageStopsAndReturns_TryAgainInTheirLanguageNothingHalfWrittenRecovers()
    {
        using var azurite = await PrivateAzurite.StartAsync();
        await using var cluster = await AppCluster.StartAsync(1, azurite.ConnectionString);
        var app = cluster.Instances[0];
        var accounts = await cluster.State.AccountsAsync();
        await cluster.IntroduceMembersAsync(accounts[0].Id);
        var deals = new List<Deal>();
        foreach (var (id, _) in accounts.Take(10))
        {
            deals.AddRange((await cluster.State.LoadAsync(id)).Deals.Where(d => d.IsOpen).Take(1));
        }

        // The burst: every member (German speakers on German clients) comments and moves a deal; a German message asks for an account.
        var clicks = DemoPeople.Members.SelectMany((person, i) => new[]
        {
            (person, Locale(i), CardActions.Comment(person, accounts[i].Id, $"Outage comment by {person.Name} {Guid.NewGuid():N}", Locale(i))),
            (person, Locale(i), CardActions.ChangeStage(person, deals[i], DealStages.NextStages(deals[i].Stage)[0], Locale(i))),
        }).ToArray();
        var asker = DemoPeople.Members[1];
        var message = TeamsActivities.Message(asker, "zeig Contoso", "de-DE");

        var burst = clicks.Select(async (click, i) =>
        {
            await Task.Delay(i * 40);
            return await cluster.Teams.SendAsync(app, click.Item3);
        }).ToArray();
        await Task.Delay(60);
        await azurite.StopAnsweringAsync();
        var messageAnswer = await cluster.Teams.SendAsync(app, message);
        var answers = await Task.WhenAll(burst);
        using var health = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(14) };
        var healthDuringOutage = (await health.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;

        // Every click was answered in time (TeamsClient waits 15 s like Teams): done, or "try again" in the user's language.
        var tryAgain = 0;
        foreach (var ((person, locale, _), answer) in clicks.Zip(answers))
        {
            Assert.True(answer.Status == HttpStatusCode.OK, $"{person.Name}: {answer}\n{cluster.Diagnostics}");
            if (answer.MessageText is { } text)
            {
                Assert.Equal(locale == "de-DE" ? TryAgainGerman : TryAgainEnglish, text);
                tryAgain++;
            }
            else
            {
                Assert.True(CardTitles.IsCustomerCard(answer), $"{person.Name}: {answer}");
            }
        }

        Assert.True(tryAgain > 0, "storage stopped before any click reached it");
        Assert.Equal(HttpStatusCode.OK, messageAnswer.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthDuringOutage);
        Assert.True(
            await Eventually.HoldsAsync(() => RepliesTo(cluster, asker).Contains(TryAgainGerman), TimeSpan.FromSeconds(40)),
            "replies: " + string.Join(" | ", RepliesTo(cluster, asker)) + "\n" + cluster.Diagnostics);

        // Storage returns: the app recovers by itself.
        await azurite.ResumeAsync();
        await app.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        foreach (var (person, i) in DemoPeople.Members.Select((p, i) => (p, i)))
        {
            var after = await cluster.Teams.SendAsync(app, CardActions.Comment(person, accounts[i].Id, $"After the outage, {person.Name}"));
            Assert.True(CardTitles.IsCustomerCard(after), $"{person.Name} after the outage: {after}");
        }

        // Nothing half-written: every comment whole or absent, no index update left behind, each deal's index matching the deal.
        // A commit cut off by the outage leaves its marker to the sweeper, which repairs it after Storage:OutboxRepairDelay.
        Assert.True(await Eventually.HoldsAsync(async () => await cluster.State.PendingIndexUpdatesAsync() == 0, TimeSpan.FromMinutes(3)), "index updates still pending");
        foreach (var ((person, _, click), answer) in clicks.Zip(answers))
        {
            var data = click["value"]!["action"]!["data"]!;
            var accountId = data["accountId"]!.GetValue<string>();
            if (data["commentText"]?.GetValue<string>() is { } text)
            {
                // Acknowledged: stored once. "Try again": stored once or not at all (its commit may have been under way), never twice.
                var stored = (await cluster.State.CommentsAsync(accountId)).Count(c => c.Text == text);
                Assert.InRange(stored, CardTitles.IsCustomerCard(answer) ? 1 : 0, 1);
            }
            else if (CardTitles.IsCustomerCard(answer))
            {
                var deal = (await cluster.State.LoadAsync(accountId)).FindDeal(data["dealId"]!.GetValue<string>())!;
                Assert.Equal(data["stage"]!.GetValue<string>(), deal.Stage.ToString());
            }
        }

        foreach (var accountId in deals.Select(d => d.AccountId).Distinct())
        {
            Assert.Empty(await cluster.State.IndexProblemsAsync(await cluster.State.LoadAsync(accountId), DemoPeople.Members.Select(m => m.AadObjectId)));
        }
    }

    private static string Locale(int member) => member % 2 == 1 ? "de-DE" : "en-US";

    private static IReadOnlyList<string> RepliesTo(AppCluster cluster, DemoPerson person) =>
        [.. cluster.Channel.Activities
            .Where(a => a.Kind == "reply" && a.ConversationId == TeamsActivities.PersonalConversationId(person))
            .Select(a => a.Body["text"]?.GetValue<string>() ?? string.Empty)];
}
