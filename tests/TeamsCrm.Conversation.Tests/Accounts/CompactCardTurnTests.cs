namespace TeamsCrm.Conversation.Tests.Accounts;

/// <summary>The compact customer card through a real turn against Azurite: a busy account still gets a small card.</summary>
public sealed class CompactCardTurnTests
{
    [Fact]
    public async Task Refresh_AccountWithFiftyLongComments_ShowsTheLatestOnlyAndStaysSmall()
    {
        var world = await TurnWorld.CreateAsync();
        for (var i = 1; i <= 50; i++)
        {
            world.Tick();
            TurnWorld.Ok(await world.Comments.AddAsync(world.Megan, world.Fabrikam.Id, new CommentInput($"C{i:D2}-" + new string('c', FieldLimits.CommentText - 4), [], CommentVisibility.Internal)));
        }

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;
        var json = card.ToJsonString();

        Assert.Contains("C50-", json, StringComparison.Ordinal);
        Assert.DoesNotContain("C49-", json, StringComparison.Ordinal);
        Assert.Contains("Earlier comments are on the account tab.", json, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 12 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes.");
    }
}
