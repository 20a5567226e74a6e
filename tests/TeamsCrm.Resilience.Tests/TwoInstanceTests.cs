namespace TeamsCrm.Resilience.Tests;

/// <summary>
/// App Service scale-out: two real app processes on one store handle a burst of card actions by several members —
/// comments, competing stage changes, handoffs and their answers, every one delivered to both instances (Teams
/// redelivers) — and both run the handoff reminder job. Checked on what the store holds and on every activity the
/// loopback connector received.
/// </summary>
public sealed class TwoInstanceTests(TwoInstanceFixture fixture) : IClassFixture<TwoInstanceFixture>
{
    private static readonly TimeSpan ReminderWait = TimeSpan.FromSeconds(60);
    private readonly AppCluster _cluster = fixture.Cluster;

    [Fact]
    public async Task Start_TwoInstancesAtOnce_SeedEachDemoCompanyOnce()
    {
        var accounts = await _cluster.State.AccountsAsync();

        Assert.Equal(DemoPeople.AccountCount, accounts.Count);
        Assert.Equal(DemoPeople.AccountCount, accounts.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Burst_TwoInstancesWithRedeliveries_NoDuplicateNoLostUpdateEachReminderOnce()
    {
        var accounts = await _cluster.State.AccountsAsync();
        await _cluster.IntroduceMembersAsync(accounts[0].Id);
        var deals = await _cluster.State.OpenDealsAsync(accounts.Select(x => x.Id));
        var handedOff = deals.Take(6).ToArray();
        var contested = deals.Skip(6).Where(d => DealStages.NextStages(d.Stage).Count >= 2).Take(4).ToArray();
        Assert.True(handedOff.Length == 6 && contested.Length == 4, $"not enough open deals: {deals.Count}");

        // The burst: everything at once, each activity posted to both instances.
        var handoffs = handedOff.Select(deal => BothAsync(HandOff(deal))).ToArray();
        var stageChanges = contested.Select(deal => CompeteAsync(deal)).ToArray();
        var comments = Enumerable.Range(0, 10).Select(i => CommentAsync(accounts[(i * 5) % accounts.Count].Id, DemoPeople.Members[i % 5], i)).ToArray();
        await Task.WhenAll([.. handoffs, .. stageChanges, .. comments]);

        foreach (var (deal, task) in handedOff.Zip(handoffs))
        {
            var answers = await task;
            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
            Assert.Contains(answers, answer => answer.CardTitle?.StartsWith(CardTitles.SenderHandoffPrefix, StringComparison.Ordinal) == true);
        }

        // No lost update: of two clicks on the same version exactly one is acknowledged, and the store has its stage.
        foreach (var (deal, task) in contested.Zip(stageChanges))
        {
            var results = await task;
            var acknowledged = results.Where(r => CardTitles.IsCustomerCard(r.Answer)).ToArray();
            Assert.True(acknowledged.Length == 1, $"{deal.Title}: {string.Join(" | ", results.Select(r => r.Answer.CardTitle ?? r.Answer.ToString()))}");
            Assert.All(results.Except(acknowledged), r => Assert.Equal(CardTitles.Conflict, r.Answer.CardTitle));
            var stored = (await _cluster.State.LoadAsync(deal.AccountId)).FindDeal(deal.Id)!;
            Assert.Equal(acknowledged[0].Stage, stored.Stage);
        }

        foreach (var task in comments)
        {
            var (accountId, text, answers) = await task;
            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
            Assert.Contains(answers, CardTitles.IsCustomerCard);
            Assert.Single(await _cluster.State.CommentsAsync(accountId), c => c.Text == text);
        }

        // Exactly one handoff per deal, each offered to its recipient exactly once.
        var started = new List<Handoff>();
        foreach (var deal in handedOff)
        {
            var handoff = Assert.Single((await _cluster.State.LoadAsync(deal.AccountId)).Handoffs, h => h.DealId == deal.Id);
            Assert.Equal(HandoffStatus.Pending, handoff.Status);
            started.Add(handoff);
        }

        Assert.True(await Eventually.HoldsAsync(() => started.All(h => OffersOf(h).Count() == 1), TimeSpan.FromSeconds(60)),
            "offers: " + string.Join(", ", started.Select(h => $"{h.Id}: {OffersOf(h).Count()}")));

        // Answers, again delivered to both instances: two accepted, two declined, two left pending and then overdue.
        var answered = await Task.WhenAll(started.Take(4).Select((h, i) => BothAsync(CardActions.Answer(h, accept: i % 2 == 0))));
        Assert.All(answered.SelectMany(x => x), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        foreach (var (handoff, i) in started.Take(4).Select((h, i) => (h, i)))
        {
            var stored = (await _cluster.State.LoadAsync(handoff.AccountId)).FindHandoff(handoff.Id)!;
            Assert.Equal(i % 2 == 0 ? HandoffStatus.Accepted : HandoffStatus.Declined, stored.Status);
        }

        var overdue = started.Skip(4).ToArray();
        foreach (var handoff in overdue)
        {
            await Overdue.MakeOverdueAsync(_cluster.State, handoff.AccountId, handoff.Id);
        }

        // Each overdue handoff is reminded once to each party, though both instances run the job every 10 s.
        Assert.True(await Eventually.HoldsAsync(() => overdue.All(h => RemindersOf(h).Count() == 2), ReminderWait), Reminded(overdue));
        await Task.Delay(TimeSpan.FromSeconds(12));
        Assert.All(overdue, h =>
        {
            Assert.Single(RemindersOf(h), r => r.RecipientAadObjectId == h.To.UserId);
            Assert.Single(RemindersOf(h), r => r.RecipientAadObjectId == h.From.UserId);
        });
        Assert.All(started.Take(4), h => Assert.Single(Cards(), c => c.RecipientAadObjectId == h.From.UserId
            && c.Title is CardTitles.HandoffAccepted or CardTitles.HandoffDeclined && c.Text.Contains(DealTitle(handedOff, h), StringComparison.Ordinal)));

        // No notification twice, and every change whole: index complete once the outbox is empty.
        Assert.Empty(SentNotifications.Duplicates(Cards()));
        Assert.True(await Eventually.HoldsAsync(async () => await _cluster.State.PendingIndexUpdatesAsync() == 0, TimeSpan.FromSeconds(30)), "index updates still pending");
        foreach (var accountId in handedOff.Concat(contested).Select(d => d.AccountId).Distinct())
        {
            Assert.Empty(await _cluster.State.IndexProblemsAsync(await _cluster.State.LoadAsync(accountId), DemoPeople.Members.Select(m => m.AadObjectId)));
        }
    }

    private IReadOnlyList<SentCard> Cards() => SentNotifications.Cards(_cluster.Channel.Activities);

    private IEnumerable<SentCard> OffersOf(Handoff handoff) =>
        SentNotifications.Offers(Cards()).Where(c => c.HandoffId == handoff.Id && c.RecipientAadObjectId == handoff.To.UserId);

    private IEnumerable<SentCard> RemindersOf(Handoff handoff) => SentNotifications.Reminders(Cards()).Where(c => c.HandoffId == handoff.Id);

    private string Reminded(IEnumerable<Handoff> handoffs) =>
        "reminders: " + string.Join(", ", handoffs.Select(h => $"{h.Id}: {RemindersOf(h).Count()}")) + "\n" + _cluster.Diagnostics;

    private static string DealTitle(IEnumerable<Deal> deals, Handoff handoff) => deals.Single(d => d.Id == handoff.DealId).Title;

    private static JsonObject HandOff(Deal deal)
    {
        var owner = CardActions.Member(deal.Owner.UserId);
        var recipient = DemoPeople.Members[(DemoPeople.Members.ToList().IndexOf(owner) + 1) % DemoPeople.Members.Count];
        return CardActions.HandOff(deal, recipient, "Please take over, you know them best.");
    }

    /// <summary>Two members click different "change stage" buttons on the same version of a deal, one on each instance.</summary>
    private async Task<IReadOnlyList<(DealStage Stage, BotAnswer Answer)>> CompeteAsync(Deal deal)
    {
        var targets = DealStages.NextStages(deal.Stage).Take(2).ToArray();
        var clicks = targets.Select((stage, i) => (stage, activity: CardActions.ChangeStage(DemoPeople.Members[(i * 2) + 1], deal, stage))).ToArray();
        var answers = await Task.WhenAll(clicks.Select((click, i) => _cluster.Teams.SendAsync(_cluster.Instances[i % 2], click.activity)));
        return [.. clicks.Zip(answers, (click, answer) => (click.stage, answer))];
    }

    private async Task<(string AccountId, string Text, BotAnswer[] Answers)> CommentAsync(string accountId, DemoPerson author, int number)
    {
        var text = $"Burst comment {number.ToString(CultureInfo.InvariantCulture)} by {author.Name}, {Guid.NewGuid():N}";
        var answers = await BothAsync(CardActions.Comment(author, accountId, text));
        return (accountId, text, answers);
    }

    /// <summary>The same activity (same id) posted to both instances at once, as a redelivery would.</summary>
    private Task<BotAnswer[]> BothAsync(JsonObject activity) =>
        Task.WhenAll(_cluster.Instances.Select(app => _cluster.Teams.SendAsync(app, (JsonObject)activity.DeepClone())));
}
