namespace TeamsCrm.Analytics.Synthetic;

/// <summary>
/// Generates a synthetic tenant with known ground truth (<see cref="GroundTruth"/>), deterministic for a seed. The
/// chance to win a deal is σ(−1.6 + 3.2·[meeting in the 14 days before close] + 3·[Manufacturing buying Sensor Pro]
/// + the owner's skill (−0.8, 0 or +0.8)); Manufacturing accounts choose Sensor Pro as their main product 60 % of the
/// time, others 8 %. Reused for demo data: realistic names, a catalog and a year of history.
/// </summary>
public static partial class SyntheticTenantGenerator
{
    public const string PlantedIndustry = "Manufacturing";
    public const string PlantedProduct = "sensor-pro";
    public const int MeetingWindowDays = 14;

    public static SyntheticTenant Generate(SyntheticTenantOptions? options = null)
    {
        options ??= new SyntheticTenantOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Accounts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Owners, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Deals);
        var random = new Random(options.Seed);
        var asOf = options.Start.AddDays(365);
        var owners = Enumerable.Range(1, options.Owners).Select(i => $"owner-{i}").ToList();
        var accounts = Enumerable.Range(1, options.Accounts).Select(i => NewAccount(random, i)).ToList();
        var deals = new List<DealFact>();
        var interactions = new List<InteractionFact>();
        for (var i = 1; i <= options.Deals; i++)
        {
            var account = accounts[random.Next(accounts.Count)];
            var owner = random.Next(owners.Count);
            var (deal, touches) = NewDeal(random, i, account, owners[owner], OwnerSkill(owner), options.Start, asOf);
            deals.Add(deal);
            interactions.AddRange(touches.Where(t => t.OccurredAt <= asOf));
        }

        var truth = new GroundTruth(
            PlantedIndustry,
            PlantedProduct,
            MeetingWindowDays,
            accounts.SelectMany(a => a.Contacts).ToDictionary(c => c.Id, c => c.AnswersOn, StringComparer.Ordinal));
        return new SyntheticTenant(SyntheticCatalog.Products, accounts, deals, [.. interactions.OrderBy(i => i.OccurredAt)], owners, asOf, truth);
    }

    private static double OwnerSkill(int owner) => (owner % 3) switch
    {
        0 => -0.8,
        1 => 0,
        _ => 0.8,
    };

    private static SyntheticAccount NewAccount(Random random, int number)
    {
        var id = $"acct-{number:D4}";
        var country = Weighted(random, SyntheticCatalog.Countries);
        var name = $"{Pick(random, SyntheticCatalog.NameParts)} {Pick(random, SyntheticCatalog.NameKinds)} {number}";
        var contacts = Enumerable.Range(1, 1 + random.Next(3))
            .Select(c => new SyntheticContact($"{id}-c{c}", Pick(random, SyntheticCatalog.FirstNames), Pick(random, SyntheticCatalog.LastNames), Pick(random, SyntheticCatalog.ReachChannels)))
            .ToList();
        var fact = new AccountFact
        {
            Id = id,
            Industry = Pick(random, SyntheticCatalog.Industries),
            SizeBand = Pick(random, SyntheticCatalog.SizeBands),
            Country = country.Country,
        };
        return new SyntheticAccount(name, fact, country.Currency, contacts);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static (string Country, int Weight, string Currency) Weighted(Random random, IReadOnlyList<(string Country, int Weight, string Currency)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var item in items)
        {
            if ((roll -= item.Weight) < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
