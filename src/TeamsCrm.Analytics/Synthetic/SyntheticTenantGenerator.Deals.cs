namespace TeamsCrm.Analytics.Synthetic;

public static partial class SyntheticTenantGenerator
{
    private static readonly Dictionary<string, decimal> ToEuro = new(StringComparer.Ordinal) { ["EUR"] = 1m, ["USD"] = 1.1m, ["CHF"] = 1.05m };

    private static (DealFact Deal, List<InteractionFact> Touches) NewDeal(
        Random random, int number, SyntheticAccount account, string owner, double skill, DateTimeOffset start, DateTimeOffset asOf)
    {
        var planted = account.Fact.Industry == PlantedIndustry;
        var main = random.NextDouble() < (planted ? 0.6 : 0.08)
            ? SyntheticCatalog.Products[0]
            : SyntheticCatalog.Products[1 + random.Next(SyntheticCatalog.Products.Count - 1)];
        var lines = new List<ProductLine> { Line(random, main, account.Currency) };
        if (random.NextDouble() < 0.3)
        {
            lines.Add(Line(random, SyntheticCatalog.Products[5 + random.Next(3)], account.Currency));
        }

        var created = start.AddDays(random.Next(330)).AddHours(8 + random.Next(9));
        var close = created.AddDays(20 + random.Next(100));
        var engaged = random.NextDouble() < 0.5;
        var logit = -1.6 + (engaged ? 3.2 : 0) + (planted && main.Id == PlantedProduct ? 3 : 0) + skill;
        var won = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
        var isOpen = close > asOf;
        var history = History(random, created, close, won, isOpen);
        var deal = new DealFact
        {
            Id = $"deal-{number:D5}",
            AccountId = account.Fact.Id,
            OwnerId = owner,
            Stage = history[^1].Stage,
            Amount = lines.Sum(l => l.Amount),
            Currency = account.Currency,
            CreatedAt = created,
            ClosedAt = isOpen ? null : close,
            ExpectedCloseDate = isOpen ? DateOnly.FromDateTime(close.AddDays(random.Next(-30, 10)).UtcDateTime) : null,
            Products = lines,
            StageHistory = history,
        };
        return (deal, Touches(random, account, deal, close, engaged, main.Id));
    }

    private static ProductLine Line(Random random, CatalogProduct product, string currency)
    {
        var quantity = 1 + random.Next(4);
        var discount = 1m - (random.Next(16) / 100m);
        var rate = ToEuro[currency];
        return new ProductLine(
            product.Id,
            product.Family,
            Math.Round(product.ListPrice * quantity * discount * rate, 2),
            Math.Round(product.UnitCost * quantity * rate, 2));
    }

    /// <summary>New, Qualified, Proposal, maybe Negotiation, then Won or Lost at the close; a lost deal stops at a random stage; an open deal at the stage it has reached by now.</summary>
    private static List<StageChange> History(Random random, DateTimeOffset created, DateTimeOffset close, bool won, bool isOpen)
    {
        DealStage[] path = won
            ? random.NextDouble() < 0.7 ? [DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation] : [DealStage.New, DealStage.Qualified, DealStage.Proposal]
            : [.. new[] { DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation }.Take(1 + random.Next(4))];
        var step = (close - created) / (path.Length + 1);
        var history = path.Select((stage, i) => new StageChange(stage, created + (step * i))).ToList();
        if (isOpen)
        {
            return [.. history.Where(h => h.EnteredAt <= created.AddDays(Math.Max(1, (close - created).TotalDays / 2)))];
        }

        history.Add(new StageChange(won ? DealStage.Won : DealStage.Lost, close));
        return history;
    }
}
