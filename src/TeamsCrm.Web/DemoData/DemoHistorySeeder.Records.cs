using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Web.DemoData;

/// <summary>The demo history's records, from the synthetic tenant's facts.</summary>
public sealed partial class DemoHistorySeeder
{
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

    /// <summary>The deal as it ends: closed at the close of its path (<see cref="SeedDealsAsync"/> stores it stage by stage).</summary>
    private static Deal DealOf(DealFact fact, string accountId, Dictionary<string, Product> products, Dictionary<string, Caller> owners)
    {
        var owner = owners[fact.OwnerId];
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
}
