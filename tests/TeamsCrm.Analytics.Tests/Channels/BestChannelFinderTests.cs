using TeamsCrm.Analytics.Channels;

namespace TeamsCrm.Analytics.Tests.Channels;

public sealed class BestChannelFinderTests
{
    private static readonly DateTimeOffset Day0 = Fixture.At("2026-03-01").AddHours(-2);

    private static InteractionFact Out(string contact, InteractionChannel channel, double days, double hours = 0) =>
        Fixture.Touch("acc", contact, channel, InteractionDirection.Outbound, Day0.AddDays(days).AddHours(hours));

    private static InteractionFact In(string contact, InteractionChannel channel, double days, double hours = 0) =>
        Fixture.Touch("acc", contact, channel, InteractionDirection.Inbound, Day0.AddDays(days).AddHours(hours));

    /// <summary>
    /// c1: email answered after 48 h, an email overtaken by a call, an email answered only after 10 days (too late);
    /// phone answered after 2 h, 1 h and 4 h. c2: two messages only.
    /// </summary>
    private static IReadOnlyList<ContactChannels> Analyze() => BestChannelFinder.Analyze(
    [
        Out("c1", InteractionChannel.Email, 0), In("c1", InteractionChannel.Email, 2),
        Out("c1", InteractionChannel.Email, 10),
        Out("c1", InteractionChannel.Phone, 20), In("c1", InteractionChannel.Phone, 20, 2),
        Out("c1", InteractionChannel.Email, 30), In("c1", InteractionChannel.Email, 40),
        Out("c1", InteractionChannel.Phone, 50), In("c1", InteractionChannel.Phone, 50, 1),
        Out("c1", InteractionChannel.Phone, 60), In("c1", InteractionChannel.Teams, 60, 4),
        Out("c2", InteractionChannel.Teams, 0), In("c2", InteractionChannel.Teams, 0, 1), Out("c2", InteractionChannel.Teams, 5),
        Fixture.Touch("acc", null, InteractionChannel.Email, InteractionDirection.Outbound, Day0),
    ]);

    [Fact]
    public void Analyze_History_CountsAnswersWithinTheWindowBeforeTheNextTouch()
    {
        var c1 = Analyze().Single(c => c.ContactId == "c1").Channels.ToDictionary(c => c.Channel);

        Assert.Equal((3, 1, TimeSpan.FromHours(48)), (c1[InteractionChannel.Email].Outbound, c1[InteractionChannel.Email].Answered, c1[InteractionChannel.Email].MedianAnswerTime!.Value));
        Assert.Equal((3, 3, TimeSpan.FromHours(2)), (c1[InteractionChannel.Phone].Outbound, c1[InteractionChannel.Phone].Answered, c1[InteractionChannel.Phone].MedianAnswerTime!.Value));
        Assert.Equal(1.0 / 3, c1[InteractionChannel.Email].AnswerRate!.Value, 10);
        Assert.False(c1.ContainsKey(InteractionChannel.Teams));
    }

    [Fact]
    public void Analyze_EnoughHistory_RecommendsTheBestAnsweredChannelWithEvidence()
    {
        var c1 = Analyze().Single(c => c.ContactId == "c1");

        Assert.Equal(InteractionChannel.Phone, c1.Recommended);
        Assert.Equal(
            ["Best reached by phone.", "email: answered 1 of 3 (33 %), median answer time 2 days", "phone: answered 3 of 3 (100 %), median answer time 2 h"],
            c1.Evidence(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Am besten erreichbar per Telefon.", c1.Evidence(CultureInfo.GetCultureInfo("de"))[0]);
        Assert.Equal("Telefon: 3 von 3 beantwortet (100 %), Antwortzeit im Median 2 Std.", c1.Evidence(CultureInfo.GetCultureInfo("de"))[2]);
    }

    [Fact]
    public void Analyze_FewMessages_SaysNotEnoughHistory()
    {
        var c2 = Analyze().Single(c => c.ContactId == "c2");

        Assert.True(c2.NotEnoughHistory);
        Assert.Null(c2.Recommended);
        Assert.Equal(["Not enough history yet: a channel needs at least 3 messages to this contact (most so far: 2)."], c2.Evidence(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Analyze_NoContact_IsLeftOut() =>
        Assert.Equal(["c1", "c2"], Analyze().Select(c => c.ContactId));

    [Fact]
    public void Analyze_EqualRates_PrefersTheFasterChannel()
    {
        var result = BestChannelFinder.Analyze(
        [
            Out("c", InteractionChannel.Email, 0), In("c", InteractionChannel.Email, 0, 5),
            Out("c", InteractionChannel.Teams, 1), In("c", InteractionChannel.Teams, 1, 1),
        ],
        new BestChannelOptions { MinimumOutbound = 1 });

        Assert.Equal(InteractionChannel.Teams, Assert.Single(result).Recommended);
    }
}
