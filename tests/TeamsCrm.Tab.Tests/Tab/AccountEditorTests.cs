using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The account form: the bot's messages next to the fields, nothing saved when invalid, saved and shown when valid.</summary>
public sealed class AccountEditorTests : WorkspaceTestContext
{
    [Fact]
    public async Task Save_InvalidWebsiteAndNoName_InlineMessagesAndNothingSaved()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#account-edit").ClickAsync(new MouseEventArgs());
        await page.Find("#account-name").InputAsync(string.Empty);
        await page.Find("#account-website").InputAsync("javascript:alert(1)");
        await page.Find("#account-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("This field is required.", page.Find("#account-name-error").TextContent);
        Assert.Equal("This is not a valid web address (http or https).", page.Find("#account-website-error").TextContent);
        var account = Ok(await World.Get<AccountService>().GetCustomerCardAsync(WorkspaceWorld.Megan, seeded.AccountId)).Account;
        Assert.Equal(("Contoso Ltd", "https://contoso.example"), (account.Name, account.Website));
    }

    [Fact]
    public async Task Save_ValidChanges_SavedAndTheHeaderShowsThem()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#account-edit").ClickAsync(new MouseEventArgs());
        await page.Find("#account-segment").InputAsync("Mid-market");
        await page.Find("#account-status").ChangeAsync(nameof(AccountStatus.Prospect));
        await page.Find("#account-city").InputAsync("München");
        await page.Find("#account-form").SubmitAsync(EventArgs.Empty);

        var account = Ok(await World.Get<AccountService>().GetCustomerCardAsync(WorkspaceWorld.Megan, seeded.AccountId)).Account;
        Assert.Equal(("Mid-market", AccountStatus.Prospect, "München", "Contoso Ltd"), (account.Segment, account.Status, account.Address.City, account.Name));
        page.WaitForAssertion(() => Assert.Equal("Segment: Mid-market", page.Find("#workspace-segment").TextContent));
        Assert.Equal("Status: Prospect", page.Find("#workspace-status").TextContent);
        Assert.Empty(page.FindAll("#account-form"));
    }
}
