namespace TeamsCrm.Graph.Tests.People;

public sealed class InMemoryPeopleDirectoryTests
{
    private const string OtherTenantId = "0b7e8f90-1a2b-4c3d-9e8f-a0b1c2d3e4f5";

    private readonly InMemoryPeopleDirectory _directory = new(
        DemoPeople.TenantId,
        DemoPeople.Everyone,
        new Dictionary<string, string> { [DemoPeople.Megan.UserId] = DemoPeople.Lukas.UserId });

    [Theory]
    [InlineData("Meg", "Megan Bowen")]
    [InlineData("bow", "Megan Bowen")]
    [InlineData("ADELE", "Adele Vance")]
    [InlineData("lukas.sch", "Lukas Schneider")]
    [InlineData("pat.reyes@", "Pat Reyes")]
    [InlineData("Johanna Lo", "Johanna Lorenz")]
    public async Task FindAsync_PrefixOfNameSurnameOrEmail_FindsPerson(string query, string expected)
    {
        var found = await _directory.FindAsync(DemoPeople.TenantId, query, 10);

        Assert.Equal(expected, Assert.Single(found).DisplayName);
    }

    [Theory]
    [InlineData("Mül")]
    [InlineData("mue")]
    [InlineData("MUELLER")]
    [InlineData("jür")]
    [InlineData("juergen")]
    public async Task FindAsync_UmlautOrFoldedSpelling_FindsPerson(string query)
    {
        var found = await _directory.FindAsync(DemoPeople.TenantId, query, 10);

        Assert.Equal("Jürgen Müller", Assert.Single(found).DisplayName);
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("o'b")]
    public async Task FindAsync_NameWithApostrophe_FindsPerson(string query)
    {
        var found = await _directory.FindAsync(DemoPeople.TenantId, query, 10);

        Assert.Equal("Conor O'Brien", Assert.Single(found).DisplayName);
    }

    [Theory]
    [InlineData("owen")]
    [InlineData("contoso")]
    [InlineData("x")]
    public async Task FindAsync_NotAPrefix_FindsNobody(string query)
    {
        var found = await _directory.FindAsync(DemoPeople.TenantId, query, 10);

        Assert.Empty(found);
    }

    [Fact]
    public async Task FindAsync_SeveralMatches_DisplayNameMatchesFirstThenAlphabetical()
    {
        var people = new[]
        {
            DemoPeople.Alex,
            DemoPeople.Adele,
            new Person("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e20", "Sam Fischer", "a.sam@contoso.example", null, null, null, false),
        };
        var small = new InMemoryPeopleDirectory(DemoPeople.TenantId, people);

        var found = await small.FindAsync(DemoPeople.TenantId, "a", 10);

        Assert.Equal(["Adele Vance", "Alex Wilber", "Sam Fischer"], found.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task FindAsync_Take_LimitsResults()
    {
        var found = await _directory.FindAsync(DemoPeople.TenantId, "a", 1);

        Assert.Equal("Adele Vance", Assert.Single(found).DisplayName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task FindAsync_BlankQuery_FindsNobody(string query)
    {
        Assert.Empty(await _directory.FindAsync(DemoPeople.TenantId, query, 10));
    }

    [Fact]
    public async Task FindAsync_OtherTenant_FindsNobody()
    {
        Assert.Empty(await _directory.FindAsync(OtherTenantId, "Meg", 10));
    }

    [Fact]
    public async Task GetAsync_KnownGuest_ReturnsGuest()
    {
        var pat = await _directory.GetAsync(DemoPeople.TenantId, DemoPeople.Pat.UserId.ToUpperInvariant());

        Assert.Equal(DemoPeople.Pat, pat);
        Assert.True(pat!.IsGuest);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await _directory.GetAsync(DemoPeople.TenantId, "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5eff"));
    }

    [Fact]
    public async Task GetAsync_OtherTenant_ReturnsNull()
    {
        Assert.Null(await _directory.GetAsync(OtherTenantId, DemoPeople.Megan.UserId));
    }

    [Fact]
    public async Task GetManagerAsync_ManagerSet_ReturnsManager()
    {
        Assert.Equal(DemoPeople.Lukas, await _directory.GetManagerAsync(DemoPeople.TenantId, DemoPeople.Megan.UserId));
    }

    [Fact]
    public async Task GetManagerAsync_NoManager_ReturnsNull()
    {
        Assert.Null(await _directory.GetManagerAsync(DemoPeople.TenantId, DemoPeople.Lukas.UserId));
    }

    [Fact]
    public async Task GetManagerAsync_OtherTenant_ReturnsNull()
    {
        Assert.Null(await _directory.GetManagerAsync(OtherTenantId, DemoPeople.Megan.UserId));
    }

    [Fact]
    public async Task GetAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _directory.GetAsync(DemoPeople.TenantId, DemoPeople.Megan.UserId, cancellation.Token));
    }
}
