using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Analytics.Tests.Facts;

public sealed class FactMapperTests
{
    private static readonly PersonRef Owner = new("owner-1", "Owner One");

    private static AuditEntry Entry(string action, string at, string? stage) => new()
    {
        Id = Guid.NewGuid().ToString(),
        AccountId = "acc",
        Action = action,
        RecordKind = "Deal",
        RecordId = "d1",
        Actor = Owner,
        At = Fixture.At(at),
        After = stage is null ? null : $$"""{"Title":"Pumps","Stage":"{{stage}}"}""",
    };

    [Fact]
    public void ToFact_WonDealWithAudit_TakesHistoryAndCloseFromTheStageChanges()
    {
        var deal = new Deal
        {
            Id = "d1",
            AccountId = "acc",
            Title = "Pumps",
            Stage = DealStage.Won,
            Amount = 1200m,
            Currency = "USD",
            Probability = 100,
            Owner = Owner,
            CreatedAt = Fixture.At("2026-01-01"),
            UpdatedAt = Fixture.At("2026-03-05"),
        };
        AuditEntry[] audit =
        [
            Entry("StageChanged", "2026-03-01", "Won"), Entry("Created", "2026-01-01", "New"), Entry("StageChanged", "2026-02-01", "Proposal"),
            Entry("Updated", "2026-02-15", "Proposal"), Entry("StageChanged", "2026-02-10", "Bogus"),
        ];

        var fact = FactMapper.ToFact(deal, audit, [new ProductLine("p", "F", 1200m)]);

        Assert.Equal([DealStage.New, DealStage.Proposal, DealStage.Won], fact.StageHistory.Select(h => h.Stage));
        Assert.Equal(Fixture.At("2026-03-01"), fact.ClosedAt);
        Assert.Equal(("owner-1", "USD", 1200m, 100), (fact.OwnerId, fact.Currency, fact.Amount, fact.Probability!.Value));
        Assert.Single(fact.Products);
    }

    [Fact]
    public void ToFact_LostDealWithoutAudit_ClosesAtItsLastUpdate()
    {
        var deal = new Deal { Id = "d1", AccountId = "acc", Title = "T", Stage = DealStage.Lost, Owner = Owner, CreatedAt = Fixture.At("2026-01-01"), UpdatedAt = Fixture.At("2026-02-02") };

        var fact = FactMapper.ToFact(deal, []);

        Assert.Equal(Fixture.At("2026-02-02"), fact.ClosedAt);
        Assert.Empty(fact.StageHistory);
        Assert.Null(FactMapper.ToFact(deal with { Stage = DealStage.Proposal }, []).ClosedAt);
    }

    [Fact]
    public void ToFact_Account_TakesIndustrySegmentAsSizeAndCountry()
    {
        var account = new Account
        {
            Id = "acc",
            Name = "Contoso",
            Industry = "Retail",
            Segment = "Enterprise",
            Address = new PostalAddress(null, null, "Berlin", "DE"),
            Owner = Owner,
            CreatedAt = Fixture.At("2026-01-01"),
            UpdatedAt = Fixture.At("2026-01-01"),
        };

        Assert.Equal(new AccountFact { Id = "acc", Industry = "Retail", SizeBand = "Enterprise", Country = "DE" }, FactMapper.ToFact(account));
    }

    [Fact]
    public void Period_EndNotAfterStart_IsRejectedWithAClearMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => new AnalyticsPeriod(Fixture.Day("2026-02-01"), Fixture.Day("2026-02-01")));

        Assert.Contains("must end after it starts", error.Message, StringComparison.Ordinal);
    }
}
