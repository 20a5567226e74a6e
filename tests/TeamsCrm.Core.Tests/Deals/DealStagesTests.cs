namespace TeamsCrm.Core.Tests.Deals;

public sealed class DealStagesTests
{
    /// <summary>Every (from, to) pair with the expected outcome written out.</summary>
    public static TheoryData<DealStage, DealStage, bool> Transitions() => new()
    {
        { DealStage.New, DealStage.New, false },
        { DealStage.New, DealStage.Qualified, true },
        { DealStage.New, DealStage.Proposal, false },
        { DealStage.New, DealStage.Negotiation, false },
        { DealStage.New, DealStage.Won, false },
        { DealStage.New, DealStage.Lost, true },

        { DealStage.Qualified, DealStage.New, true },
        { DealStage.Qualified, DealStage.Qualified, false },
        { DealStage.Qualified, DealStage.Proposal, true },
        { DealStage.Qualified, DealStage.Negotiation, false },
        { DealStage.Qualified, DealStage.Won, false },
        { DealStage.Qualified, DealStage.Lost, true },

        { DealStage.Proposal, DealStage.New, false },
        { DealStage.Proposal, DealStage.Qualified, true },
        { DealStage.Proposal, DealStage.Proposal, false },
        { DealStage.Proposal, DealStage.Negotiation, true },
        { DealStage.Proposal, DealStage.Won, true },
        { DealStage.Proposal, DealStage.Lost, true },

        { DealStage.Negotiation, DealStage.New, false },
        { DealStage.Negotiation, DealStage.Qualified, false },
        { DealStage.Negotiation, DealStage.Proposal, true },
        { DealStage.Negotiation, DealStage.Negotiation, false },
        { DealStage.Negotiation, DealStage.Won, true },
        { DealStage.Negotiation, DealStage.Lost, true },

        { DealStage.Won, DealStage.New, false },
        { DealStage.Won, DealStage.Qualified, false },
        { DealStage.Won, DealStage.Proposal, false },
        { DealStage.Won, DealStage.Negotiation, false },
        { DealStage.Won, DealStage.Won, false },
        { DealStage.Won, DealStage.Lost, false },

        { DealStage.Lost, DealStage.New, false },
        { DealStage.Lost, DealStage.Qualified, false },
        { DealStage.Lost, DealStage.Proposal, false },
        { DealStage.Lost, DealStage.Negotiation, false },
        { DealStage.Lost, DealStage.Won, false },
        { DealStage.Lost, DealStage.Lost, false },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void CanMove_FromTo_MatchesTable(DealStage from, DealStage to, bool expected)
    {
        Assert.Equal(expected, DealStages.CanMove(from, to));
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void NextStages_FromTo_ContainsExactlyTheAllowedTargets(DealStage from, DealStage to, bool expected)
    {
        Assert.Equal(expected, DealStages.NextStages(from).Contains(to));
    }

    [Fact]
    public void Transitions_Table_CoversEveryPair()
    {
        var stages = Enum.GetValues<DealStage>();
        var pairs = Transitions().Select(row => ((DealStage)row[0], (DealStage)row[1])).ToHashSet();

        Assert.Equal(stages.Length * stages.Length, pairs.Count);
    }

    [Theory]
    [InlineData(DealStage.New, true)]
    [InlineData(DealStage.Qualified, true)]
    [InlineData(DealStage.Proposal, true)]
    [InlineData(DealStage.Negotiation, true)]
    [InlineData(DealStage.Won, false)]
    [InlineData(DealStage.Lost, false)]
    public void IsOpen_Stage_TrueUntilWonOrLost(DealStage stage, bool expected)
    {
        Assert.Equal(expected, DealStages.IsOpen(stage));
        Assert.Equal(expected, TestData.Deal("d1", stage).IsOpen);
    }

    [Theory]
    [InlineData(DealStage.New, true)]
    [InlineData(DealStage.Qualified, true)]
    [InlineData(DealStage.Proposal, false)]
    [InlineData(DealStage.Negotiation, false)]
    [InlineData(DealStage.Won, false)]
    [InlineData(DealStage.Lost, false)]
    public void IsLead_Stage_OnlyNewAndQualified(DealStage stage, bool expected)
    {
        Assert.Equal(expected, DealStages.IsLead(stage));
        Assert.Equal(expected, TestData.Deal("d1", stage).IsLead);
    }

    [Theory]
    [InlineData(DealStage.New, 10)]
    [InlineData(DealStage.Qualified, 25)]
    [InlineData(DealStage.Proposal, 50)]
    [InlineData(DealStage.Negotiation, 75)]
    [InlineData(DealStage.Won, 100)]
    [InlineData(DealStage.Lost, 0)]
    public void DefaultProbability_Stage_ReturnsExpectedPercentage(DealStage stage, int expected)
    {
        Assert.Equal(expected, DealStages.DefaultProbability(stage));
    }
}
