using Azure.Data.Tables;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// Reads what the app stored in Azurite (the fixture's own tables), row by row as TeamsCrm.Storage writes them:
/// an account partition holds the account ("c0|account"), its deals ("c2|deal|…"), handoffs ("c3|handoff|…") and
/// comments ("f|…"). The end-to-end tests check outcomes here, not only in what the bot said.
/// </summary>
internal sealed class CrmStorage(PlaygroundFixture playground)
{
    private readonly TableClient _data = new(TestStorage.ConnectionString, playground.TablePrefix + "Data");

    public Task<TableEntity> AccountAsync(string name) =>
        SingleAsync(TableClient.CreateQueryFilter($"RowKey eq {"c0|account"} and Name eq {name}"), $"account '{name}'");

    public Task<TableEntity> DealAsync(string title) =>
        SingleAsync(TableClient.CreateQueryFilter($"RowKey ge {"c2|deal|"} and RowKey lt {"c2|deal|~"} and Title eq {title}"), $"deal '{title}'");

    public async Task<string?> DealOwnerAsync(string title) => (await DealAsync(title)).GetString("OwnerId");

    /// <summary>The titles of the open deals (not won or lost) a person owns.</summary>
    public async Task<IReadOnlyList<string>> OpenDealTitlesAsync(string ownerId)
    {
        var rows = await ListAsync(TableClient.CreateQueryFilter(
            $"RowKey ge {"c2|deal|"} and RowKey lt {"c2|deal|~"} and OwnerId eq {ownerId} and Stage ne {"Won"} and Stage ne {"Lost"}"));
        return [.. rows.Select(r => r.GetString("Title")).OfType<string>()];
    }

    /// <summary>Every handoff of the deal, oldest first.</summary>
    public async Task<IReadOnlyList<TableEntity>> HandoffsAsync(TableEntity deal)
    {
        var rows = await ListAsync(TableClient.CreateQueryFilter(
            $"PartitionKey eq {deal.PartitionKey} and RowKey ge {"c3|handoff|"} and RowKey lt {"c3|handoff|~"} and DealId eq {deal.GetString("Id")}"));
        return [.. rows.OrderBy(h => h.GetDateTimeOffset("CreatedAt"))];
    }

    /// <summary>The deal's one handoff (each test hands a deal of its own exactly once).</summary>
    public async Task<TableEntity> HandoffAsync(string dealTitle) => Assert.Single(await HandoffsAsync(await DealAsync(dealTitle)));

    /// <summary>The account's comments, newest first (the row keys sort that way).</summary>
    public async Task<IReadOnlyList<TableEntity>> CommentsAsync(string accountName)
    {
        var account = await AccountAsync(accountName);
        return await ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {account.PartitionKey} and RowKey ge {"f|"} and RowKey lt {"f|~"}"));
    }

    /// <summary>The titles of every deal in the account's partition, by deal id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DealTitlesAsync(string accountName)
    {
        var account = await AccountAsync(accountName);
        var rows = await ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {account.PartitionKey} and RowKey ge {"c2|deal|"} and RowKey lt {"c2|deal|~"}"));
        return rows.ToDictionary(r => r.GetString("Id"), r => r.GetString("Title"), StringComparer.Ordinal);
    }

    /// <summary>The account's shares with partner organisations (account-wide and per deal).</summary>
    public async Task<IReadOnlyList<TableEntity>> SharesAsync(string accountName)
    {
        var account = await AccountAsync(accountName);
        return await ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {account.PartitionKey} and RowKey ge {"c4|share|"} and RowKey lt {"c4|share|~"}"));
    }

    private async Task<TableEntity> SingleAsync(string filter, string what)
    {
        var rows = await ListAsync(filter);
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"Expected one {what} in {playground.TablePrefix}Data, found {rows.Count}.");
    }

    private async Task<List<TableEntity>> ListAsync(string filter)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _data.QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
