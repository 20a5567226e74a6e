namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class AccountResolverTests
{
    private static readonly Caller Member = new("tenant-1", "member-1", "Mia Member", CallerRole.Member);

    private readonly InMemoryNameIndex _index = new();
    private readonly AccountResolver _resolver;

    public AccountResolverTests()
    {
        foreach (var name in new[]
        {
            "Contoso Ltd", "Contour Design GmbH", "Fabrikam Inc", "Fabrikam Partners Ltd", "Müller Maschinenbau GmbH",
            "Northwind Traders", "Adventure Works", "Großhandel Weiß KG", "Bäckerei Schäfer",
        })
        {
            _index.Add(name);
        }

        _resolver = new AccountResolver(new AccountSearch(new UnusedAccountStore(), _index));
    }

    [Theory]
    [InlineData("contso", "Contoso Ltd")]
    [InlineData("Contoso", "Contoso Ltd")]
    [InlineData("CONTOSO LTD", "Contoso Ltd")]
    [InlineData("mueller maschinenbau gmbh", "Müller Maschinenbau GmbH")]
    [InlineData("Müller", "Müller Maschinenbau GmbH")]
    [InlineData("muller maschinenbau", "Müller Maschinenbau GmbH")]
    [InlineData("northwnd", "Northwind Traders")]
    [InlineData("adventure wroks", "Adventure Works")]
    [InlineData("grosshandel weiss", "Großhandel Weiß KG")]
    [InlineData("baeckerei schaefer", "Bäckerei Schäfer")]
    [InlineData("fabrikam inc", "Fabrikam Inc")]
    [InlineData("fabrikam partners", "Fabrikam Partners Ltd")]
    public async Task ResolveAsync_TypoCaseUmlautOrLegalForm_SingleMatch(string phrase, string expected)
    {
        var result = await _resolver.ResolveAsync(Member, phrase);

        Assert.Equal(AccountResolutionKind.SingleMatch, result.Kind);
        Assert.Equal(expected, result.Match?.Name);
    }

    [Fact]
    public async Task ResolveAsync_TwoFabrikams_ChoicesBestFirst()
    {
        var result = await _resolver.ResolveAsync(Member, "fabrikam");

        Assert.Equal(AccountResolutionKind.Choices, result.Kind);
        Assert.Equal(["Fabrikam Inc", "Fabrikam Partners Ltd"], result.Candidates.Select(c => c.Account.Name));
        Assert.True(result.Candidates[0].Score > result.Candidates[1].Score);
        Assert.Null(result.Match);
    }

    [Fact]
    public async Task ResolveAsync_ManyPlausible_AtMostFiveChoices()
    {
        foreach (var suffix in "ABCDEFG")
        {
            _index.Add($"Tailspin {suffix}");
        }

        var result = await _resolver.ResolveAsync(Member, "tailspin");

        Assert.Equal(AccountResolutionKind.Choices, result.Kind);
        Assert.Equal(AccountResolver.MaxChoices, result.Candidates.Count);
    }

    [Fact]
    public async Task ResolveAsync_Unrelated_NoMatchWithoutSuggestions()
    {
        var result = await _resolver.ResolveAsync(Member, "xyz");

        Assert.Equal(AccountResolutionKind.NoMatch, result.Kind);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public async Task ResolveAsync_HalfRight_NoMatchWithTheClosestSuggestion()
    {
        var result = await _resolver.ResolveAsync(Member, "advent zone");

        Assert.Equal(AccountResolutionKind.NoMatch, result.Kind);
        Assert.Equal("Adventure Works", Assert.Single(result.Candidates).Account.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  !! ")]
    public async Task ResolveAsync_NoWords_NoMatchWithoutSearching(string? phrase)
    {
        var result = await _resolver.ResolveAsync(Member, phrase);

        Assert.Equal(AccountResolutionKind.NoMatch, result.Kind);
        Assert.Empty(_index.Queries);
    }

    [Fact]
    public async Task ResolveAsync_ExactPhraseFound_StopsAfterTheFirstQuery()
    {
        await _resolver.ResolveAsync(Member, "Northwind Traders");

        Assert.Equal(["northwind traders"], _index.Queries);
    }

    [Fact]
    public async Task ResolveAsync_Typo_FallsBackToWordPrefixes()
    {
        await _resolver.ResolveAsync(Member, "contso");

        Assert.Equal(["contso", "cont"], _index.Queries);
    }

    [Fact]
    public async Task ResolveAsync_GuestWithoutOrganisation_SeesNothing()
    {
        var guest = new Caller("tenant-1", "guest-1", "Pat Reyes", CallerRole.Guest);

        var result = await _resolver.ResolveAsync(guest, "contoso");

        Assert.Equal(AccountResolutionKind.NoMatch, result.Kind);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public async Task ResolveAsync_VeryLongPhrase_FewShortQueries()
    {
        var result = await _resolver.ResolveAsync(Member, string.Join(' ', Enumerable.Repeat("contoso", 200)));

        Assert.Equal("Contoso Ltd", result.Match?.Name);
        Assert.InRange(_index.Queries.Count, 1, 3);
        Assert.All(_index.Queries, q => Assert.True(q.Length <= FieldLimits.Name));
    }

    [Fact]
    public async Task ResolveAsync_UnpairedSurrogate_IgnoredInsteadOfThrowing()
    {
        var result = await _resolver.ResolveAsync(Member, "Cont\uD800oso");

        Assert.Equal("Contoso Ltd", result.Match?.Name);
    }
}
