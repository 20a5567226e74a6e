using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The open workspace stays current: comments appear live, other changes offer a refresh.</summary>
public sealed class LiveWorkspaceTests : WorkspaceTestContext
{
    [Fact]
    public async Task Comment_SomeoneElseCommentsInThisInstance_AppearsWithoutReload()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        Ok(await World.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Live from the bot")));

        page.WaitForAssertion(() => Assert.Contains("Live from the bot", page.Find("#comment-list .crm-comment").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#workspace-stale")); // a comment is shown, not announced
    }

    [Fact]
    public async Task Comment_AnotherInstanceComments_AppearsAtTheNextPeriodicCheck()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var otherInstance = await World.OtherInstanceAsync();

        Ok(await otherInstance.GetRequiredService<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("From the other instance")));
        Assert.DoesNotContain("From the other instance", page.Find("#comment-list").TextContent, StringComparison.Ordinal);
        World.Time.Advance(WorkspaceLive.PollInterval);

        page.WaitForAssertion(() => Assert.Contains("From the other instance", page.Find("#comment-list").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Change_SomeoneElseEditsTheAccount_OffersARefreshThatShowsIt()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var accounts = World.Get<AccountService>();
        var account = Ok(await accounts.GetCustomerCardAsync(WorkspaceWorld.Lukas, seeded.AccountId)).Account;

        Ok(await accounts.UpdateAsync(WorkspaceWorld.Lukas, seeded.AccountId, new AccountInput("Contoso Group", Segment: account.Segment), account.Version));

        page.WaitForElement("#workspace-stale");
        Assert.Equal("Contoso Ltd", page.Find("#workspace-name").TextContent);
        await page.Find("#workspace-refresh").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("Contoso Group", page.Find("#workspace-name").TextContent));
        Assert.Empty(page.FindAll("#workspace-stale"));
    }

    [Fact]
    public async Task Dispose_ClosedPage_StopsListening()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var signal = World.Get<AccountChangeSignal>();
        Assert.Equal(1, signal.SubscriberCount(WorkspaceWorld.Megan.TenantId, seeded.AccountId));

        await DisposeComponentsAsync();

        Assert.Equal(0, signal.SubscriberCount(WorkspaceWorld.Megan.TenantId, seeded.AccountId));
        GC.KeepAlive(page);
    }
}
