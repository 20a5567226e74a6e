using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Notifications;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// Revoking a share ends access everywhere: Lukas hands a deal of an account shared with Fabrikam Partners to their
/// guest Pat Reyes through the bot, then the share is taken back. The handoff is withdrawn, Lukas is told with the deal,
/// and Pat — even after the handoff's due time has passed and the reminder job ran — receives nothing with deal data.
/// </summary>
public sealed class UnshareDuringGuestHandoffTests
{
    private const string LukasChat = "a:lukas-unshare";
    private const string PatChat = "a:pat-unshare";
    private const string Account = "Northbeam Outfitters";
    private const string Deal = "Kestrel Ridge";
    private const string Note = "Call Anna Quist on 555-0100";

    [Fact]
    public async Task Unshare_PendingHandoffToAGuest_Withdrawn_SenderTold_GuestGetsNoDealDataEvenAfterTheReminderTime()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await DeliveryHost.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)), connector, reminders: true);
        await Waits.UntilAsync(() => host.Reminders.CompletedRuns >= 1, "the reminder run at start");
        var services = host.Factory.Services;
        await host.Chat.SayAsync(DemoTenant.Pat, PatChat, "my handoffs");
        await host.Chat.SayAsync(DemoTenant.Lukas, LukasChat, "my deals");
        var account = Ok(await services.GetRequiredService<AccountService>().CreateAsync(DemoTenant.Lukas, new AccountInput(Account, Industry: "Outdoor"), allowSimilarName: true));
        var deal = Ok(await services.GetRequiredService<DealService>().CreateAsync(DemoTenant.Lukas, account.Id, new DealInput(Deal, 73_450m, Probability: 40)));
        var shares = services.GetRequiredService<ShareService>();
        Ok(await shares.ShareAsync(DemoTenant.Lukas, account.Id, DemoTenant.FabrikamPartners.Id, ShareLevel.Edit));

        await host.StartHandoffAsync(DemoTenant.Lukas, LukasChat, (account.Id, deal.Id), DemoTenant.Pat, dueDate: "2026-12-01", note: Note);
        var offer = Assert.Single(connector.Of("send", PatChat));
        Assert.Contains(Deal, offer.Json, StringComparison.Ordinal);
        Assert.Contains("handoff.accept", offer.Json, StringComparison.Ordinal);
        var seenBefore = connector.Calls.Count;

        Ok(await shares.UnshareAsync(DemoTenant.Lukas, account.Id, DemoTenant.FabrikamPartners.Id));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(1), host);

        var handoff = Assert.Single((await services.GetRequiredService<IAccountStore>().LoadAsync(DemoTenant.TenantId, account.Id, PartitionSlice.CoreOnly))!.Handoffs);
        Assert.Equal(HandoffStatus.Withdrawn, handoff.Status);
        var told = Assert.Single(connector.Of("send", LukasChat));
        Assert.Contains("Handoff withdrawn", told.Json, StringComparison.Ordinal);
        Assert.Contains(Deal, told.Json, StringComparison.Ordinal);
        var notice = Assert.Single(AfterUnshare(connector, seenBefore), c => c.Operation == "send");
        Assert.Contains("A handoff offered to you was withdrawn", notice.Json, StringComparison.Ordinal);
        var replaced = Assert.Single(AfterUnshare(connector, seenBefore), c => c.Operation == "update");
        Assert.Equal(offer.ResultId, replaced.ActivityId);
        Assert.Contains("no longer available to you", replaced.Json, StringComparison.Ordinal);

        // The due time passes; the reminder job and the sweep run.
        var runs = host.Reminders.CompletedRuns;
        await DeliveryHost.AdvanceAsync(TimeSpan.FromDays(3), host);
        await Waits.UntilAsync(() => host.Reminders.CompletedRuns > runs, "the reminder run after the due time");
        await DeliveryHost.AdvanceAsync(TimeSpan.FromMinutes(5), host);

        var toPat = AfterUnshare(connector, seenBefore);
        Assert.Equal(2, toPat.Count);
        Assert.All(toPat, call => Assert.All(
            [Deal, Account, "73,450", "73.450", "73 450", Note, "Anna", "Lukas", "Schneider", handoff.Id, account.Id, deal.Id],
            secret => Assert.DoesNotContain(secret, call.Json, StringComparison.OrdinalIgnoreCase)));
        Assert.False((await services.GetRequiredService<HandoffService>().AcceptAsync(DemoTenant.Pat, account.Id, handoff.Id)).IsSuccess);
    }

    /// <summary>Every activity the connector received for Pat's chat after the unshare (sends and in-place updates).</summary>
    private static List<ConnectorCall> AfterUnshare(LoopbackConnector connector, int seenBefore) =>
        connector.Calls.Skip(seenBefore).Where(c => c.ConversationId == PatChat).ToList();

    private static T Ok<T>(TeamsCrm.Core.Common.CrmResult<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value!;
    }
}
