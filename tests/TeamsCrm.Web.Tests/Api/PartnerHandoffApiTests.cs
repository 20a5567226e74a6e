using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// A partner handoff end to end over the REST API: a member hands a deal shared at Edit to a guest, the guest accepts,
/// hands it back only to that member, and nothing of the audit trail or of who shared what reaches the guest's JSON.
/// Unsharing withdraws a pending handoff to the guest at once.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class PartnerHandoffApiTests(ApiHost host)
{
    [Fact]
    public async Task Handoff_ToAGuestAndBack_OnlyToTheMemberWhoHandedIt()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit, deal.Id);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var path = $"/api/v1/accounts/{account.Id}/deals/{deal.Id}/handoffs";

        var offered = (await megan.PostAsync(path, new { recipient = new { userId = DemoTenant.Pat.UserId }, note = "Please run the rollout" })).Expect(HttpStatusCode.Created);
        var waiting = (await pat.GetAsync("/api/v1/handoffs")).Expect(HttpStatusCode.OK);
        var accepted = (await pat.PostAsync(offered.Location + "/accept")).Expect(HttpStatusCode.OK);
        var toLukas = await pat.PostAsync(path, new { recipient = new { userId = DemoTenant.Lukas.UserId } });
        var back = (await pat.PostAsync(path, new { recipient = new { userId = DemoTenant.Megan.UserId }, note = "Done on our side" })).Expect(HttpStatusCode.Created);
        var guestAccount = (await pat.GetAsync($"/api/v1/accounts/{account.Id}")).Expect(HttpStatusCode.OK);

        Assert.Contains(offered["id"], waiting.Json["items"]!.AsArray().Select(h => (string?)h!["id"]));
        Assert.Equal(("Accepted", DemoTenant.Pat.UserId), (accepted["status"], accepted["to.userId"]));
        toLukas.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.HandoffGuestHandBackOnly");
        Assert.Equal((DemoTenant.Pat.UserId, DemoTenant.Megan.UserId), (back["from.userId"], back["to.userId"]));
        var json = guestAccount.Json.ToJsonString();
        foreach (var internalWord in new[] { "audit", "timeline", "sharedBy", "\"shares\"", "Enterprise" })
        {
            Assert.DoesNotContain(internalWord, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Unshare_PendingHandoffToTheGuest_WithdrawnAndGoneFromTheirList()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var deal = await host.NewDealAsync(DemoTenant.Megan, account.Id);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var offered = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/deals/{deal.Id}/handoffs", new { recipient = new { userId = DemoTenant.Pat.UserId } }))
            .Expect(HttpStatusCode.Created);

        var unshared = await host.Factory.Services.GetRequiredService<ShareService>().UnshareAsync(DemoTenant.Megan, account.Id, DemoTenant.FabrikamPartners.Id);
        Assert.True(unshared.IsSuccess, unshared.Error?.Code);

        var waiting = (await pat.GetAsync("/api/v1/handoffs")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(offered["id"], waiting.Json["items"]!.AsArray().Select(h => (string?)h!["id"]));
        (await pat.PostAsync(offered.Location + "/accept")).ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        Assert.Equal("Withdrawn", (await megan.GetAsync(offered.Location!)).Expect(HttpStatusCode.OK)["status"]);
    }
}
