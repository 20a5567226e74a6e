using TeamsCrm.Web.Tab.Insights;

namespace TeamsCrm.Tab.Tests.Insights;

public sealed class InsightsAccountNamesTests
{
    [Fact]
    public async Task GetAsync_WithinAMinuteThenAfter_ReadsTheIndexOnceThenAgainAndKeepsTheUnknownAsUnknown()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var index = new Mock<ICrmIndex>();
        var name = "Contoso Ltd";
        index.Setup(i => i.GetAccountSummariesAsync("t", It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => [new AccountSummaryEntry("a", name, new PersonRef("u", "U"))]);
        var names = new InsightsAccountNames(index.Object, time);

        var first = await names.GetAsync("t", ["a", "gone"]);
        name = "Contoso Group";
        time.Advance(TimeSpan.FromSeconds(59));
        var kept = await names.GetAsync("t", ["a", "gone"]);
        time.Advance(TimeSpan.FromSeconds(1));
        var renamed = await names.GetAsync("t", ["a"]);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "Contoso Ltd" }, first);
        Assert.Equal(first, kept);
        Assert.Equal("Contoso Group", renamed["a"]);
        index.Verify(i => i.GetAccountSummariesAsync("t", It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task GetAsync_AnotherTenantsAccountId_AskedOfItsOwnTenant()
    {
        var index = new Mock<ICrmIndex>();
        index.Setup(i => i.GetAccountSummariesAsync("t", It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new AccountSummaryEntry("a", "Contoso Ltd", new PersonRef("u", "U"))]);
        index.Setup(i => i.GetAccountSummariesAsync("other", It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        var names = new InsightsAccountNames(index.Object, new FakeTimeProvider());

        await names.GetAsync("t", ["a"]);
        var other = await names.GetAsync("other", ["a"]);

        Assert.Empty(other);
    }
}
