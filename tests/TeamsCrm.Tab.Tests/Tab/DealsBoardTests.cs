using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Deals;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The deals board: moves with the version the viewer saw, and says so when someone else was first.</summary>
public sealed class DealsBoardTests : WorkspaceTestContext
{
    [Fact]
    public async Task Move_Allowed_MovesTheDealToThatColumn()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find($"#deal-{seeded.OpenDealId} .crm-deal-move[data-stage='Proposal']").ClickAsync(new MouseEventArgs());

        Assert.Equal(DealStage.Proposal, Ok(await World.Get<DealService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, seeded.OpenDealId)).Stage);
        page.WaitForAssertion(() => Assert.Equal("Proposal", page.Find($"#deal-{seeded.OpenDealId}").GetAttribute("data-stage")));
        Assert.NotNull(page.Find($".crm-stage-column[data-stage='Proposal'] #deal-{seeded.OpenDealId}"));
        Assert.Empty(page.FindAll(".crm-deal-conflict"));
    }

    [Fact]
    public async Task Move_SomeoneElseMovedItFirst_SaysSoShowsTheCurrentStageAndAppliesNothing()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var deals = World.Get<DealService>();
        var seen = Ok(await deals.GetAsync(WorkspaceWorld.Lukas, seeded.AccountId, seeded.OpenDealId));
        Ok(await deals.ChangeStageAsync(WorkspaceWorld.Lukas, seeded.AccountId, seeded.OpenDealId, DealStage.Proposal, seen.Version));

        // Megan still sees it in Qualified (someone else's change only offers a refresh) and moves it back to New.
        page.WaitForElement("#workspace-stale");
        Assert.Equal("Qualified", page.Find($"#deal-{seeded.OpenDealId}").GetAttribute("data-stage"));
        await page.Find($"#deal-{seeded.OpenDealId} .crm-deal-move[data-stage='New']").ClickAsync(new MouseEventArgs());

        Assert.Equal(DealStage.Proposal, Ok(await deals.GetAsync(WorkspaceWorld.Megan, seeded.AccountId, seeded.OpenDealId)).Stage);
        page.WaitForAssertion(() =>
        {
            var card = page.Find($".crm-stage-column[data-stage='Proposal'] #deal-{seeded.OpenDealId}");
            var conflict = card.QuerySelector(".crm-deal-conflict");
            Assert.NotNull(conflict);
            Assert.Equal("alert", conflict.GetAttribute("role"));
            Assert.Contains("Someone else changed this in the meantime.", conflict.TextContent, StringComparison.Ordinal);
            Assert.Contains("It is now in Proposal.", conflict.TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(page.FindAll("#workspace-stale")); // the board was read again
    }

    [Fact]
    public async Task EditDeal_ProbabilityOutOfRange_InlineMessageAndNothingSaved()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var before = Ok(await World.Get<DealService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, seeded.OpenDealId));

        await page.Find($"#deal-{seeded.OpenDealId} .crm-deal-edit").ClickAsync(new MouseEventArgs());
        var prefix = $"deal-{seeded.OpenDealId}-form";
        await page.Find($"#{prefix}-title").InputAsync("Contoso Renewal 2027");
        await page.Find($"#{prefix}-probability").ChangeAsync("150");
        await page.Find($"#{prefix}").SubmitAsync(EventArgs.Empty);

        Assert.Equal("The value is out of range.", page.Find($"#{prefix}-probability-error").TextContent);
        Assert.Equal("true", page.Find($"#{prefix}-probability").GetAttribute("aria-invalid"));
        Assert.Equal("Some of the input is not valid. Nothing was saved.", page.Find($"#{prefix} .crm-form-error").TextContent);
        var after = Ok(await World.Get<DealService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, seeded.OpenDealId));
        Assert.Equal((before.Version, before.Title, before.Probability), (after.Version, after.Title, after.Probability));
    }

    [Fact]
    public async Task Create_NewDeal_SavedInTheNewColumn()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#deal-new").ClickAsync(new MouseEventArgs());
        await page.Find("#deal-new-form-title").InputAsync("Contoso Expansion");
        await page.Find("#deal-new-form-amount").ChangeAsync("25000.5");
        await page.Find("#deal-new-form-close").ChangeAsync("2027-03-31");
        await page.Find("#deal-new-form").SubmitAsync(EventArgs.Empty);

        var deal = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Deals.Single(d => d.Deal.Title == "Contoso Expansion").Deal;
        Assert.Equal((25000.5m, "EUR", new DateOnly(2027, 3, 31), DealStage.New), (deal.Amount, deal.Currency, deal.ExpectedCloseDate, deal.Stage));
        page.WaitForAssertion(() => Assert.NotNull(page.Find($".crm-stage-column[data-stage='New'] #deal-{deal.Id}")));
    }
}
