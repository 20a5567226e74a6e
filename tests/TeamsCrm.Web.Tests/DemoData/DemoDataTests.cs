using TeamsCrm.Core.Search;

namespace TeamsCrm.Web.Tests.DemoData;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Start_Development_SeedsDemoTenantOnceAndIdempotently()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var services = factory.Services;
        var search = services.GetRequiredService<AccountSearch>();
        var store = services.GetRequiredService<IAccountStore>();

        var secondRun = await services.GetRequiredService<DemoDataSeeder>().SeedAsync();

        Assert.Equal(0, secondRun);
        foreach (var name in new[] { "Contoso Ltd", "Fabrikam Inc", "Northwind Traders", "Müller Maschinenbau GmbH", "Adventure Works" })
        {
            Assert.Single(await search.FindSameNameAsync(DemoTenant.Megan, name));
        }

        var all = new List<string>();
        foreach (var letter in "abcdefghijklmnopqrstuvwxyz")
        {
            all.AddRange((await search.SearchAsync(DemoTenant.Megan, letter.ToString(), AccountSearch.MaxTake)).Value!.Select(h => h.AccountId));
        }

        var accountIds = all.Distinct().ToArray();
        Assert.True(accountIds.Length >= 25, $"{accountIds.Length} demo accounts");
        var stages = new HashSet<DealStage>();
        var contacts = 0;
        foreach (var id in accountIds)
        {
            var partition = (await store.LoadAsync(DemoTenant.TenantId, id, new PartitionSlice(5, 5, false)))!;
            stages.UnionWith(partition.Deals.Select(d => d.Stage));
            contacts += partition.Contacts.Count;
            Assert.NotEmpty(partition.LatestComments);
            Assert.NotEmpty(partition.RecentInteractions);
        }

        Assert.Equal(Enum.GetValues<DealStage>().ToHashSet(), stages);
        Assert.True(contacts >= 50);
        Assert.NotEmpty(await services.GetRequiredService<MyWorkService>().OpenTasksAsync(DemoTenant.Megan));
    }

    /// <summary>Two instances (App Service scale-out) start at once against one empty store: each demo company exists once.</summary>
    [Fact]
    public async Task Start_TwoInstancesAtOnce_SeedEachDemoCompanyOnce()
    {
        var prefix = TestStorage.NewTablePrefix("S");
        var shared = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix, ["Bot:TablePrefix"] = prefix + "Bot" };
        await using var first = new CrmWebFactory(shared);
        await using var second = new CrmWebFactory(shared);

        // Each host seeds while it starts (a hosted service); both start concurrently.
        await Task.WhenAll(Task.Run(() => first.CreateClient().Dispose()), Task.Run(() => second.CreateClient().Dispose()));

        var search = first.Services.GetRequiredService<AccountSearch>();
        foreach (var company in DemoCatalog.Companies)
        {
            Assert.Single(await search.FindSameNameAsync(DemoTenant.Megan, company.Name));
        }

        Assert.Equal(0, await second.Services.GetRequiredService<DemoDataSeeder>().SeedAsync());
    }

    [Fact]
    public async Task Start_Development_GuestOfFabrikamPartnersSeesOnlySharedAccounts()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var search = factory.Services.GetRequiredService<AccountSearch>();

        var fabrikam = (await search.SearchAsync(DemoTenant.Pat, "fabrikam")).Value!;
        var contoso = (await search.SearchAsync(DemoTenant.Pat, "contoso")).Value!;
        var woodgrove = (await search.SearchAsync(DemoTenant.Pat, "woodgrove")).Value!;

        Assert.Equal("Fabrikam Inc", Assert.Single(fabrikam).Name);
        Assert.Equal("Contoso Ltd", Assert.Single(contoso).Name);
        Assert.Empty(woodgrove);
        Assert.Single((await search.SearchAsync(DemoTenant.Megan, "woodgrove")).Value!);
    }

    [Fact]
    public async Task Start_Development_GuestOfLakeshorePartnersSeesOnlyItsOwnShare()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var search = factory.Services.GetRequiredService<AccountSearch>();

        var woodgrove = (await search.SearchAsync(DemoTenant.Rosa, "woodgrove")).Value!;
        var fabrikam = (await search.SearchAsync(DemoTenant.Rosa, "fabrikam")).Value!;
        var contoso = (await search.SearchAsync(DemoTenant.Rosa, "contoso")).Value!;
        var organisation = await factory.Services.GetRequiredService<IPartnerDirectory>().GetIfExistsAsync(DemoTenant.TenantId, DemoTenant.LakeshorePartners.Id);

        Assert.Equal("Woodgrove Bank", Assert.Single(woodgrove).Name);
        Assert.Empty(fabrikam);
        Assert.Empty(contoso);
        Assert.Equal(DemoTenant.Rosa.UserId, Assert.Single(organisation!.Members).UserId);
    }

    /// <summary>How many users besides the current one the Playground's config schema takes (minItems = maxItems = 5).</summary>
    private const int PlaygroundUsers = 5;

    /// <summary>Reads the Playground's config file only; nothing here starts it (that always takes --disable-telemetry and APPLICATION_INSIGHTS_NO_STATSBEAT=true).</summary>
    [Fact]
    public void DemoTenant_MatchesLocalTeamsClientConfig()
    {
        var config = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".m365agentsplayground.yml"));
        string Value(string line) => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();

        Assert.Equal(DemoTenant.TenantId, Value(config.Single(l => l.StartsWith("tenantId:", StringComparison.Ordinal))));
        var people = config.Where(l => l.TrimStart().StartsWith("aadObjectId:", StringComparison.Ordinal)).Select(Value).ToArray();
        var names = config.Where(l => l.TrimStart().StartsWith("name:", StringComparison.Ordinal)).Select(Value).ToArray();
        // The Playground's schema takes the current user and exactly five users (a sixth stops it): Rosa, the second
        // partner's guest, is in the demo tenant only.
        var inPlayground = DemoTenant.Everyone.Where(c => c.UserId != DemoTenant.Rosa.UserId).ToArray();
        Assert.Equal(inPlayground.Select(c => c.UserId), people);
        Assert.Equal(1 + PlaygroundUsers, people.Length);
        Assert.All(inPlayground, c => Assert.Contains(c.DisplayName, names));
        var guestLine = Array.FindIndex(config, l => l.Contains(DemoTenant.Pat.UserId, StringComparison.Ordinal));
        Assert.Contains(config[..guestLine], l => l.Contains("#EXT#", StringComparison.Ordinal) && l.Contains("userPrincipleName", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TeamsCrm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TeamsCrm.sln not found above the test binaries.");
    }
}
