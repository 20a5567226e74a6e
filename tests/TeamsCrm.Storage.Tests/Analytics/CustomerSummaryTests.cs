using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class CustomerSummaryTests
{
    private const string Tenant = "tenant-customer-summary";

    [Fact]
    public async Task RefreshDueAsync_AfterCreatesEditDeleteRedeliveryAndCrash_EqualsTheSummaryOfTheRecords()
    {
        var crm = await CrmTestStore.CreateAsync();
        var services = new CustomerServices(crm);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var jane = (await crm.Contacts.CreateAsync(megan, contoso.Id, new ContactInput("Jane", "Doe"))).Value!;
        var first = await LogAsync(crm, megan, contoso, jane.Id, InteractionDirection.Outbound, ["p-1"]);
        crm.Time.Advance(TimeSpan.FromDays(3));
        var second = await LogAsync(crm, megan, contoso, jane.Id, InteractionDirection.Inbound, []);
        crm.Time.Advance(TimeSpan.FromDays(4));
        var doomed = await LogAsync(crm, megan, contoso, null, InteractionDirection.Outbound, []);
        var won = await CustomerScenario.WinAsync(crm, megan, await crm.DealAsync(megan, contoso, "Order", 1200m));

        // An edit (the channel corrected), a delete, a redelivery of the edit, and a crash before the facts were written.
        var edited = second with { Channel = InteractionChannel.Teams };
        await crm.Store.CommitAsync(Tenant, contoso.Id, new ChangeSet().Update(second, edited));
        await crm.Store.CommitAsync(Tenant, contoso.Id, new ChangeSet().Delete(doomed));
        await crm.IndexWriter.ApplyAsync(AllFactsProjection.For(crm.Tables, Tenant, new RecordChange(second, edited)));
        crm.IndexWriter.Fail = true;
        crm.Time.Advance(TimeSpan.FromDays(2));
        var third = await LogAsync(crm, megan, contoso, jane.Id, InteractionDirection.Outbound, []);
        crm.IndexWriter.Fail = false;
        await crm.Outbox.RepairAsync(TimeSpan.Zero);

        var refreshed = await services.Refresher.RefreshDueAsync();
        var stored = (await services.Facts.ReadCustomerSummaryAsync(Tenant))!;
        var facts = await services.Facts.ReadInteractionFactsAsync(Tenant);
        InteractionFact[] expected = [.. new[] { first, edited, third }.Select(i => FactMapper.ToFact(i, i.ProductIds))];
        var recomputed = CustomerSummary.From([FactMapper.ToFact(won, [])], expected, stored.ComputedAt);

        Assert.Equal(1, refreshed);
        Assert.Equal(0, await services.Refresher.RefreshDueAsync());
        Assert.Equal(expected.OrderBy(i => i.OccurredAt).Select(Key), facts.OrderBy(i => i.OccurredAt).Select(Key));
        Assert.Equal(["p-1"], facts.Single(i => i.OccurredAt == first.OccurredAt).ProductIds);
        Assert.Equivalent(recomputed, stored, strict: true);
        Assert.Equal(3, stored.Accounts.Single().Touches);
        Assert.Equal(1200m, stored.Accounts.Single().Revenue()["EUR"]);
        Assert.Empty((await services.Facts.ReadCallCandidatesAsync(Tenant, megan.UserId))!.Deals);
    }

    [Fact]
    public async Task RunAsync_InteractionsFromBeforeTheirFacts_WritesThemOnceAndMarksTheCustomersDue()
    {
        var crm = await CrmTestStore.CreateAsync();
        var services = new CustomerServices(crm);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        var logged = await LogAsync(crm, megan, contoso, null, InteractionDirection.Outbound, []);
        await crm.Tables.Facts.DeleteEntityAsync(StorageKeys.FactsPartition(Tenant), InteractionFactProjection.AccountPrefix(contoso.Id) + logged.Id);
        await services.Refresher.RefreshDueAsync();
        Assert.Empty(await services.Facts.ReadInteractionFactsAsync(Tenant));

        var first = await new FactBackfill(crm.Tables, crm.IndexWriter).RunAsync();
        var refreshed = await services.Refresher.RefreshDueAsync();

        Assert.Equal(2, first);
        Assert.Equal(logged.OccurredAt, Assert.Single(await services.Facts.ReadInteractionFactsAsync(Tenant)).OccurredAt);
        Assert.Equal(1, refreshed);
        Assert.Equal(1, (await services.Facts.ReadCustomerSummaryAsync(Tenant))!.Accounts.Single().Touches);
    }

    private static (string?, InteractionChannel, InteractionDirection, DateTimeOffset) Key(InteractionFact fact) =>
        (fact.ContactId, fact.Channel, fact.Direction, fact.OccurredAt);

    private static async Task<Interaction> LogAsync(CrmTestStore crm, Caller caller, Account account, string? contactId, InteractionDirection direction, IReadOnlyList<string> products)
    {
        crm.Tick();
        var logged = await crm.Interactions.LogAsync(caller, account.Id, new InteractionInput(InteractionChannel.Phone, direction, "Talked", crm.Time.GetUtcNow(), contactId));
        Assert.True(logged.IsSuccess, logged.Error?.Code);
        return products.Count == 0 ? logged.Value! : await TagAsync(crm, logged.Value!, products);
    }

    /// <summary>Product tags straight onto the record (the catalog check is the interaction service's, tested elsewhere).</summary>
    private static async Task<Interaction> TagAsync(CrmTestStore crm, Interaction interaction, IReadOnlyList<string> products)
    {
        var tagged = interaction with { ProductIds = products };
        await crm.Store.CommitAsync(Tenant, interaction.AccountId, new ChangeSet().Update(interaction, tagged));
        return tagged;
    }
}
