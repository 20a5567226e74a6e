using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// Gives the demo tenant a product catalog and a year of closed history for the analytics: deals won and lost with line
/// items and product-tagged interactions, from the synthetic tenant generator (deterministic: the same seed, the same
/// history, with its planted patterns — Manufacturing buys Sensor Pro, a recent meeting helps winning). The history ends a
/// month ago and holds no open deal, so today's lists and cards stay as the demo companies have them. Ids are fixed
/// (<see cref="DemoAccountIds"/>), so a second seeder's transactions fail whole; the catalog is written last and, once
/// there, says the history is done.
/// </summary>
public sealed partial class DemoHistorySeeder(IAccountStore store, IProductCatalogStore catalog, TimeProvider time, ILogger<DemoHistorySeeder> logger)
{
    public const int Seed = 15;
    public const int DealsPerCompany = 8;

    /// <summary>
    /// Records per transaction. Not the 100 a transaction holds: the commit's outbox entry lists every index and fact row
    /// the records call for (a deal's name keys alone take about 8.7 KB), and the entry must stay under an entity's 1 MB.
    /// </summary>
    private const int EntitiesPerCommit = 25;

    /// <summary>Seeds the history unless the catalog exists; the number of deals written (0 when it was there).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if ((await catalog.ListAsync(DemoTenant.TenantId, cancellationToken)).Count > 0)
        {
            return 0;
        }

        var started = time.GetTimestamp();
        var today = time.GetUtcNow().UtcDateTime.Date;
        var tenant = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions
        {
            Seed = Seed,
            Accounts = DemoCatalog.Companies.Count,
            Deals = DemoCatalog.Companies.Count * DealsPerCompany,
            Owners = DemoTenant.Members.Count,
            Start = new DateTimeOffset(today.AddDays(-395), TimeSpan.Zero),
        });
        var products = tenant.Catalog.ToDictionary(p => p.Id, p => ProductOf(p, time.GetUtcNow()), StringComparer.Ordinal);
        var deals = 0;
        for (var i = 0; i < tenant.Accounts.Count; i++)
        {
            var accountId = DemoAccountIds.For(DemoTenant.TenantId, i, DemoCatalog.Companies[i].Name);
            var syntheticId = tenant.Accounts[i].Fact.Id;
            var records = new List<object>();
            foreach (var fact in tenant.Deals.Where(d => d.AccountId == syntheticId && d.IsClosed))
            {
                records.Add(DealOf(fact, accountId, products, tenant.OwnerIds));
                deals++;
            }

            var owner = DemoTenant.Members[i % DemoTenant.Members.Count].AsPerson();
            records.AddRange(tenant.Interactions.Where(t => t.AccountId == syntheticId).Select((t, n) => InteractionOf(t, accountId, n, owner, products)));
            await CommitAsync(accountId, records, cancellationToken);
        }

        foreach (var product in products.Values)
        {
            try
            {
                await catalog.SaveAsync(DemoTenant.TenantId, product, null, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another seeder wrote it a moment ago (the same id).
            }
        }

        var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
        LogSeeded(deals, products.Count, milliseconds);
        return deals;
    }

    private async Task CommitAsync(string accountId, List<object> records, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(EntitiesPerCommit))
        {
            var changes = new ChangeSet();
            foreach (var record in chunk)
            {
                changes.Insert(record);
            }

            try
            {
                await store.CommitAsync(DemoTenant.TenantId, accountId, changes, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another instance wrote this part of the history a moment ago (the same ids): its copy stands.
            }
        }
    }

    private static Product ProductOf(CatalogProduct product, DateTimeOffset now) => new()
    {
        Id = DemoAccountIds.For(DemoTenant.TenantId, 0, "product|" + product.Id),
        Name = product.Name,
        Family = product.Family,
        ListPrice = product.ListPrice,
        Currency = "EUR",
        UnitCost = product.UnitCost,
        UpdatedAt = now,
    };

    private static Deal DealOf(DealFact fact, string accountId, Dictionary<string, Product> products, IReadOnlyList<string> owners)
    {
        var owner = DemoTenant.Members[owners.ToList().IndexOf(fact.OwnerId)];
        var closed = fact.ClosedAt!.Value;
        return new Deal
        {
            Id = DemoAccountIds.For(DemoTenant.TenantId, 1, "deal|" + fact.Id),
            AccountId = accountId,
            Title = $"{products[fact.Products[0].ProductId].Name} ({fact.CreatedAt:MMM yyyy})",
            Stage = fact.Stage,
            Amount = fact.Amount,
            Currency = fact.Currency,
            Probability = DealStages.DefaultProbability(fact.Stage),
            ExpectedCloseDate = DateOnly.FromDateTime(closed.UtcDateTime),
            Owner = owner.AsPerson(),
            Source = "Demo history",
            CreatedAt = fact.CreatedAt,
            UpdatedAt = closed,
            ClosedAt = closed,
            LineItems = [.. fact.Products.Select(line => LineOf(line, products[line.ProductId]))],
        };
    }

    /// <summary>The generator's line (amount, cost) as quantity × unit price: the quantity from the cost over the unit cost.</summary>
    private static DealLineItem LineOf(ProductLine line, Product product)
    {
        var quantity = Math.Max(1m, Math.Round((line.Cost ?? 0m) / (product.UnitCost ?? 1m)));
        return new DealLineItem(product.Id, quantity, Math.Round(line.Amount / quantity, 2));
    }

    private static Interaction InteractionOf(InteractionFact touch, string accountId, int number, PersonRef owner, Dictionary<string, Product> products) => new()
    {
        Id = DemoAccountIds.For(DemoTenant.TenantId, 2, $"touch|{accountId}|{number}"),
        AccountId = accountId,
        Channel = touch.Channel,
        Direction = touch.Direction,
        OccurredAt = touch.OccurredAt,
        Summary = touch.ProductIds.Count == 0
            ? "Caught up on their plans."
            : "Talked about " + string.Join(", ", touch.ProductIds.Select(p => products[p].Name)) + ".",
        LoggedBy = owner,
        CreatedAt = touch.OccurredAt,
        ProductIds = [.. touch.ProductIds.Select(p => products[p].Id)],
    };

    [LoggerMessage(EventId = 8654, Level = LogLevel.Information, Message = "Seeded the demo history: {Deals} closed deals and a catalog of {Products} products in {Milliseconds} ms.")]
    private partial void LogSeeded(int deals, int products, long milliseconds);
}
