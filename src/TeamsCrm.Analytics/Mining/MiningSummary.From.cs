using TeamsCrm.Analytics.Customers;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Analytics.Mining;

public sealed partial record MiningSummary
{
    /// <summary>
    /// Counts the mining cells of the facts in one pass per segment (the definitions of <see cref="SegmentMiner"/>);
    /// <paramref name="catalog"/> names the products (and lists those nobody looked at yet), <paramref name="rfmSegments"/>
    /// gives each account's RFM segment (accounts missing from it are left out of that dimension).
    /// </summary>
    public static MiningSummary From(
        IEnumerable<AccountFact> accounts,
        IEnumerable<DealFact> deals,
        IEnumerable<InteractionFact> interactions,
        IReadOnlyDictionary<string, RfmSegment>? rfmSegments,
        IEnumerable<Product> catalog,
        DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(catalog);
        var accountList = accounts.ToList();
        var closedDeals = deals.Where(d => d.IsClosed).ToList();
        var dealList = deals.ToList();
        var interest = dealList.SelectMany(d => d.Products.Select(p => (d.AccountId, p.ProductId)))
            .Concat(interactions.SelectMany(i => i.ProductIds.Select(p => (i.AccountId, ProductId: p))))
            .ToHashSet();
        var interestByAccount = interest.ToLookup(i => i.AccountId, i => i.ProductId, StringComparer.Ordinal);
        var closedByAccount = closedDeals.ToLookup(d => d.AccountId, StringComparer.Ordinal);
        var cells = new Dictionary<(SegmentDimension, string, string), MiningCellCounts>();
        var segments = new List<MiningSegmentSize>();
        foreach (var (dimension, value, members) in SegmentMiner.Segments(accountList, rfmSegments))
        {
            segments.Add(new MiningSegmentSize(dimension, value, members.Count));
            foreach (var account in members)
            {
                foreach (var product in interestByAccount[account.Id])
                {
                    Bump(cells, dimension, value, product, c => c with { Interested = c.Interested + 1 });
                }

                if (dimension == SegmentDimension.RfmSegment)
                {
                    continue;
                }

                foreach (var deal in closedByAccount[account.Id])
                {
                    foreach (var product in DealProducts(deal))
                    {
                        Bump(cells, dimension, value, product, c => c with { Closed = c.Closed + 1, Won = c.Won + (deal.IsWon ? 1 : 0) });
                    }
                }
            }
        }

        return new MiningSummary(
            computedAt,
            accountList.Count,
            closedDeals.Count,
            closedDeals.Count(d => d.IsWon),
            Totals(accountList, closedDeals, interest, catalog),
            segments,
            [.. cells.Values]);
    }

    private static List<MiningProductTotals> Totals(List<AccountFact> accounts, List<DealFact> closedDeals, HashSet<(string AccountId, string ProductId)> interest, IEnumerable<Product> catalog)
    {
        var names = catalog.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var accountIds = accounts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var interested = interest.Where(i => accountIds.Contains(i.AccountId)).GroupBy(i => i.ProductId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var closed = closedDeals.SelectMany(d => DealProducts(d).Select(p => (Product: p, d.IsWon))).ToLookup(x => x.Product, x => x.IsWon, StringComparer.Ordinal);
        var discussed = interest.Select(i => i.ProductId).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. discussed.Union(names.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(id => new MiningProductTotals(
                id,
                names.TryGetValue(id, out var product) ? product.Name : id,
                names.TryGetValue(id, out var known) ? known.Family : null,
                discussed.Contains(id),
                interested.GetValueOrDefault(id),
                closed[id].Count(),
                closed[id].Count(won => won))),
        ];
    }

    private static IEnumerable<string> DealProducts(DealFact deal) => deal.Products.Select(p => p.ProductId).Distinct(StringComparer.Ordinal);

    private static void Bump(Dictionary<(SegmentDimension, string, string), MiningCellCounts> cells, SegmentDimension dimension, string value, string product, Func<MiningCellCounts, MiningCellCounts> add)
    {
        var key = (dimension, value, product);
        cells[key] = add(cells.GetValueOrDefault(key) ?? new MiningCellCounts(dimension, value, product, 0, 0, 0));
    }
}
