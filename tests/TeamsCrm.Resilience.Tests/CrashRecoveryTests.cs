using System.Globalization;
using System.Text.Json.Nodes;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Resilience.Tests.Harness;

namespace TeamsCrm.Resilience.Tests;

/// <summary>
/// The app process dies right after a handoff's transaction commits and before the offer is sent (the Development/test
/// fault switch <see cref="FaultSwitch"/>); an instance started afterwards on the same store delivers the offer, once.
/// </summary>
public sealed class CrashRecoveryTests
{
    /// <summary>Exit the process right after the handoff's commit, before any notification (Development only).</summary>
    private const string FaultSwitch = "TEAMSCRM_FAULT_EXIT_AFTER_COMMIT";

    [Fact]
    public async Task HandoffStart_ProcessDiesAfterCommit_RecipientGetsExactlyOneOfferAfterRestart()
    {
        await using var cluster = await AppCluster.StartAsync(1, TestEnvironment.Storage);
        var accounts = await cluster.State.AccountsAsync();
        await cluster.IntroduceMembersAsync(accounts[0].Id);
        var deal = await OpenDealOfMemberAsync(cluster, accounts.Select(a => a.Id));
        var owner = DemoPeople.Members.Single(m => m.AadObjectId == deal.Owner.UserId);
        var recipient = DemoPeople.Members.First(m => m != owner);

        // The doomed instance: the same store, the fault switch on.
        var doomed = await cluster.StartInstanceAsync(new Dictionary<string, string> { [FaultSwitch] = "HandoffStarted" });
        cluster.Instances[0].Dispose();
        var handOff = TeamsActivities.CardAction(owner, "handoff.start", new JsonObject
        {
            ["accountId"] = deal.AccountId,
            ["dealVersions"] = new JsonObject { [deal.Id] = deal.Version },
            ["handoffDealId"] = deal.Id,
            ["handoffRecipientId"] = recipient.AadObjectId,
            ["handoffNote"] = "Crash test handoff.",
            ["handoffDueDate"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var answer = await cluster.Teams.SendAsync(doomed, (JsonObject)handOff.DeepClone());

        Assert.True(await doomed.WaitForExitAsync(TimeSpan.FromSeconds(20)), $"the instance did not exit after the commit (answer: {answer})\n{cluster.Diagnostics}");
        var handoff = Assert.Single((await cluster.State.LoadAsync(deal.AccountId)).Handoffs, h => h.DealId == deal.Id);
        Assert.Equal(HandoffStatus.Pending, handoff.Status);
        Assert.Empty(Offers(cluster, handoff));

        // A new instance on the same store; Teams also redelivers the activity to it.
        var successor = await cluster.StartInstanceAsync();
        await cluster.Teams.SendAsync(successor, (JsonObject)handOff.DeepClone());

        Assert.True(await Eventually.HoldsAsync(() => Offers(cluster, handoff).Count > 0, TimeSpan.FromSeconds(60)), "no offer after the restart\n" + cluster.Diagnostics);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var offer = Assert.Single(Offers(cluster, handoff));
        Assert.Equal(recipient.AadObjectId, offer.RecipientAadObjectId);
        Assert.Single((await cluster.State.LoadAsync(deal.AccountId)).Handoffs, h => h.DealId == deal.Id);
    }

    private static IReadOnlyList<SentCard> Offers(AppCluster cluster, Handoff handoff) =>
        [.. SentNotifications.Offers(SentNotifications.Cards(cluster.Channel.Activities)).Where(c => c.HandoffId == handoff.Id)];

    private static async Task<TeamsCrm.Core.Deals.Deal> OpenDealOfMemberAsync(AppCluster cluster, IEnumerable<string> accountIds)
    {
        var members = DemoPeople.Members.Select(m => m.AadObjectId).ToHashSet(StringComparer.Ordinal);
        foreach (var accountId in accountIds)
        {
            var partition = await cluster.State.LoadAsync(accountId);
            if (partition.Deals.FirstOrDefault(d => d.IsOpen && members.Contains(d.Owner.UserId) && partition.Handoffs.All(h => h.DealId != d.Id)) is { } deal)
            {
                return deal;
            }
        }

        throw new InvalidOperationException("No open deal of a member without a handoff.");
    }
}
