using Microsoft.Extensions.Time.Testing;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Application;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>The stages a deal entered, read from its audit entries as the projection would have written them.</summary>
public sealed class AuditStageHistoryTests
{
    private static readonly Caller Megan = new("tenant-audit", "megan", "Megan Bowen", CallerRole.Member);

    /// <summary>Odd ticks, so a moment that lost precision on the way would not match.</summary>
    private static readonly DateTimeOffset Created = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero).AddTicks(1_234_567);

    private readonly FakeTimeProvider _time = new(Created);

    [Fact]
    public void Of_CreatedThenMovedForwardAndBack_EveryStageAtTheSnapshotsMoments()
    {
        var audit = new AuditTrail(_time);
        var deal = Deal(DealStage.New, Created);
        var entries = new List<AuditEntry> { audit.Entry(Megan, deal.AccountId, "Created", "Deal", deal.Id, null, deal) };
        var expected = new List<StageChange> { new(DealStage.New, Created) };
        foreach (var (stage, days) in new[] { (DealStage.Qualified, 3), (DealStage.Proposal, 9), (DealStage.Qualified, 12), (DealStage.Proposal, 15), (DealStage.Won, 30) })
        {
            _time.Advance(TimeSpan.FromDays(days) - (_time.GetUtcNow() - Created));
            var moved = deal with { Stage = stage, UpdatedAt = _time.GetUtcNow().AddTicks(-7) };
            _time.Advance(TimeSpan.FromTicks(3)); // the entry's own time differs from the record's: the record's counts
            entries.Add(audit.Entry(Megan, deal.AccountId, "StageChanged", "Deal", deal.Id, deal, moved));
            expected.Add(new StageChange(stage, moved.UpdatedAt));
            deal = moved;
        }

        Assert.Equal(expected, AuditStageHistory.Of(deal, entries.AsEnumerable().Reverse()));
    }

    [Fact]
    public void Of_UpdatesWithoutStageChangeAndOtherRecords_AreIgnored()
    {
        var audit = new AuditTrail(_time);
        var deal = Deal(DealStage.New, Created);
        var other = deal with { Id = "deal-2", Stage = DealStage.Qualified };
        _time.Advance(TimeSpan.FromDays(1));
        var renamed = deal with { Title = "Sensors for Line 2", UpdatedAt = _time.GetUtcNow() };
        var entries = new[]
        {
            audit.Entry(Megan, deal.AccountId, "Created", "Deal", deal.Id, null, deal),
            audit.Entry(Megan, deal.AccountId, "Updated", "Deal", deal.Id, deal, renamed),
            audit.Entry(Megan, deal.AccountId, "StageChanged", "Deal", other.Id, deal with { Id = other.Id }, other),
            audit.Entry(Megan, deal.AccountId, "Created", "Contact", deal.Id, null, new { Stage = "Won" }),
        };

        Assert.Equal([new StageChange(DealStage.New, Created)], AuditStageHistory.Of(renamed, entries));
    }

    [Fact]
    public void Of_NoAuditAtAll_TheCurrentStageAtCreation()
    {
        var deal = Deal(DealStage.Lost, Created) with { UpdatedAt = Created.AddDays(40) };

        Assert.Equal([new StageChange(DealStage.Lost, Created)], AuditStageHistory.Of(deal, []));
    }

    [Fact]
    public void Of_StageChangesWithoutCreationEntry_FirstStageIsTheOneTheFirstChangeLeft()
    {
        var audit = new AuditTrail(_time);
        var seeded = Deal(DealStage.Proposal, Created);
        _time.Advance(TimeSpan.FromDays(5));
        var won = seeded with { Stage = DealStage.Won, UpdatedAt = _time.GetUtcNow() };

        var history = AuditStageHistory.Of(won, [audit.Entry(Megan, seeded.AccountId, "StageChanged", "Deal", seeded.Id, seeded, won)]);

        Assert.Equal([new StageChange(DealStage.Proposal, Created), new StageChange(DealStage.Won, won.UpdatedAt)], history);
    }

    [Fact]
    public void Of_UnreadableSnapshots_AreSkipped()
    {
        var deal = Deal(DealStage.Qualified, Created);
        var broken = new[] { "not json", "[1]", """{"Stage":"Sideways"}""", """{"Stage":7}""" }
            .Select((after, i) => new AuditEntry
            {
                Id = $"audit-{i}",
                AccountId = deal.AccountId,
                Action = "StageChanged",
                RecordKind = "Deal",
                RecordId = deal.Id,
                Actor = Megan.AsPerson(),
                At = Created.AddDays(i + 1),
                Before = """{"Stage":"New"}""",
                After = after,
            });

        Assert.Equal([new StageChange(DealStage.Qualified, Created)], AuditStageHistory.Of(deal, broken));
    }

    private static Deal Deal(DealStage stage, DateTimeOffset created) => new()
    {
        Id = "deal-1",
        AccountId = "account-1",
        Title = "Sensors",
        Stage = stage,
        Owner = Megan.AsPerson(),
        CreatedAt = created,
        UpdatedAt = created,
    };
}
