namespace TeamsCrm.Resilience.Tests;

/// <summary>
/// The app process dies right after a handoff's transaction commits and before the offer is sent (the Development/test
/// fault switch <see cref="FaultSwitch"/>); an instance started afterwards on the same store delivers the offer, once.
/// </summary>
public sealed class CrashRecoveryTests
{
    /// <summary>Kill the process right after a handoff's commit, before any notification (refused outside Development and Test).</summary>
    private const string FaultSwitch = "Notifications__CrashAfterHandoffCommit";

    [Fact]
    public async Task HandoffStart_ProcessDiesAfterCommit_RecipientGetsExactlyOneOfferAfterRestart()
    {
        await using var cluster = await AppCluster.StartAsync(1, TestStorage.ConnectionString);
        var accounts = await cluster.State.AccountsAsync();
        await cluster.IntroduceMembersAsync(accounts[0].Id);
        var deal = (await cluster.State.OpenDealsAsync(accounts.Select(a => a.Id)))[0];
        var recipient = DemoPeople.Members.First(m => m.AadObjectId != deal.Owner.UserId);

        // The doomed instance: the same store, the fault switch on.
        var doomed = await cluster.StartInstanceAsync(new Dictionary<string, string> { [FaultSwitch] = "true" });
        cluster.Instances[0].Dispose();
        var handOff = CardActions.HandOff(deal, recipient, "Crash test handoff.");
        var answer = await cluster.Teams.SendAsync(doomed, (JsonObject)handOff.DeepClone());

        Assert.True(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(20)), $"the instance did not exit after the commit (answer: {answer})\n{cluster.Diagnostics}");
        var handoff = Assert.Single((await cluster.State.LoadAsync(deal.AccountId)).Handoffs, h => h.DealId == deal.Id);
        Assert.Equal(HandoffStatus.Pending, handoff.Status);
        Assert.Empty(Offers(cluster, handoff));

        // A new instance on the same store; Teams also redelivers the activity to it.
        var successor = await cluster.StartInstanceAsync();
        await cluster.Teams.SendAsync(successor, (JsonObject)handOff.DeepClone());

        Assert.True(await Eventually.HoldsAsync(() => Offers(cluster, handoff).Count > 0, TimeSpan.FromMinutes(2)), "no offer after the restart\n" + cluster.Diagnostics);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var offer = Assert.Single(Offers(cluster, handoff));
        Assert.Equal(recipient.AadObjectId, offer.RecipientAadObjectId);
        Assert.Single((await cluster.State.LoadAsync(deal.AccountId)).Handoffs, h => h.DealId == deal.Id);
    }

    private static IReadOnlyList<SentCard> Offers(AppCluster cluster, Handoff handoff) =>
        [.. SentNotifications.Offers(SentNotifications.Cards(cluster.Channel.Activities)).Where(c => c.HandoffId == handoff.Id)];
}
