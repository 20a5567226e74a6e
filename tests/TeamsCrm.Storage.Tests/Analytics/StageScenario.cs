using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// Per tenant five deals through their stages, a day apart, by the use cases (so the projection writes their stage
/// rows): won after falling back (New, Qualified, Proposal, Qualified, Proposal, Won), lost at once, still open in
/// Qualified, lost from Proposal, and one stored without an audit entry in Proposal (as seeded data is) then moved to
/// Negotiation and lost. <see cref="BackToBeforeTheStageRowsAsync"/> then leaves what a store from before the stage rows
/// holds after the facts backfill (version 2): one row per deal, its current stage at its creation.
/// </summary>
internal static class StageScenario
{
    public static async Task<(CrmTestStore Crm, IReadOnlyList<(string Partition, string Row, string Stage, string At)> Projected)> CreateAsync(IEnumerable<string> tenants)
    {
        var crm = await CrmTestStore.CreateAsync();
        crm.Time.Advance(TimeSpan.FromTicks(1_234_567)); // odd ticks: a moment that lost precision would not match
        foreach (var tenant in tenants)
        {
            var megan = CrmTestStore.Member(tenant, "Megan");
            var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
            var fabrikam = await crm.AccountAsync(megan, "Fabrikam Inc");
            await MoveAsync(crm, megan, await crm.DealAsync(megan, contoso, "Sensors"), DealStage.Qualified, DealStage.Proposal, DealStage.Qualified, DealStage.Proposal, DealStage.Won);
            await MoveAsync(crm, megan, await crm.DealAsync(megan, contoso, "Gateways"), DealStage.Lost);
            await MoveAsync(crm, megan, await crm.DealAsync(megan, fabrikam, "Retrofit"), DealStage.Qualified);
            await MoveAsync(crm, megan, await crm.DealAsync(megan, fabrikam, "Pilot"), DealStage.Qualified, DealStage.Proposal, DealStage.Lost);
            crm.Tick();
            var seeded = new Deal
            {
                Id = CrmIds.New(crm.Time),
                AccountId = fabrikam.Id,
                Title = "Seeded",
                Stage = DealStage.Proposal,
                Amount = 800m,
                Owner = megan.AsPerson(),
                CreatedAt = crm.Time.GetUtcNow(),
                UpdatedAt = crm.Time.GetUtcNow(),
            };
            await crm.Store.CommitAsync(tenant, fabrikam.Id, new ChangeSet().Insert(seeded));
            await MoveAsync(crm, megan, seeded, DealStage.Negotiation, DealStage.Lost);
        }

        var projected = await StageRowsAsync(crm, tenants);
        await BackToBeforeTheStageRowsAsync(crm, tenants, projected);
        return (crm, projected);
    }

    /// <summary>Every stage row of the tenants, in key order.</summary>
    public static async Task<IReadOnlyList<(string Partition, string Row, string Stage, string At)>> StageRowsAsync(CrmTestStore crm, IEnumerable<string> tenants)
    {
        var rows = new List<(string, string, string, string)>();
        foreach (var tenant in tenants)
        {
            var partition = StorageKeys.FactsPartition(tenant);
            await foreach (var row in crm.Tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(partition, FactProjection.DealPrefix, StorageKeys.PrefixEnd(FactProjection.DealPrefix))))
            {
                if (row.RowKey.Split('|').Length == 5)
                {
                    rows.Add((row.PartitionKey, row.RowKey, row.GetString("Stage"), row.GetString("At")));
                }
            }
        }

        return rows;
    }

    /// <summary>Removes the stage rows, summaries and the backfill's progress; puts back one row per deal: its current stage at its creation.</summary>
    public static async Task BackToBeforeTheStageRowsAsync(CrmTestStore crm, IEnumerable<string> tenants, IReadOnlyList<(string Partition, string Row, string Stage, string At)> projected)
    {
        foreach (var (partition, row, _, _) in await StageRowsAsync(crm, tenants))
        {
            await crm.Tables.Facts.DeleteEntityAsync(partition, row);
        }

        foreach (var tenant in tenants)
        {
            await foreach (var part in crm.Tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(StorageKeys.SummaryPartition(tenant))))
            {
                await crm.Tables.Facts.DeleteEntityAsync(part.PartitionKey, part.RowKey);
            }
        }

        await crm.Tables.Facts.DeleteEntityAsync(FactBackfill.MarkerPartition, StageHistoryBackfill.ProgressRow);
        foreach (var deal in projected.GroupBy(r => (r.Partition, Deal: r.Row[..r.Row.IndexOf("|s|", StringComparison.Ordinal)])))
        {
            var (partition, row, _, at) = deal.MinBy(r => r.Row);
            var current = (await crm.Tables.Facts.GetEntityAsync<TableEntity>(partition, deal.Key.Deal)).Value.GetString("Stage");
            await crm.Tables.Facts.UpsertEntityAsync(new TableEntity(partition, row) { ["Stage"] = current, ["At"] = at });
        }
    }

    private static async Task MoveAsync(CrmTestStore crm, Caller caller, Deal deal, params DealStage[] stages)
    {
        foreach (var stage in stages)
        {
            crm.Time.Advance(TimeSpan.FromDays(1));
            var moved = await crm.Deals.ChangeStageAsync(caller, deal.AccountId, deal.Id, stage, null);
            Assert.True(moved.IsSuccess, moved.Error?.Code);
        }
    }
}
