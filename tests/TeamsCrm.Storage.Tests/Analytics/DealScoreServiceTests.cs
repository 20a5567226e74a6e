using System.Globalization;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class DealScoreServiceTests
{
    [Fact]
    public async Task ScoreAsync_FewClosedDeals_ColdStartWithFactorsForMembersNothingForOthers()
    {
        var s = await CustomerScenario.CreateAsync("tenant-score");
        var services = new CustomerServices(s.Crm);

        var score = (await services.Scores.ScoreAsync(s.Lukas, s.Contoso.Id, s.Open.Id)).Value!;
        var guest = await services.Scores.ScoreAsync(s.Guest, s.Contoso.Id, s.Open.Id);
        var stranger = await services.Scores.ScoreAsync(s.Stranger, s.Contoso.Id, s.Open.Id);
        var unknown = await services.Scores.ScoreAsync(s.Megan, s.Contoso.Id, "no-such-deal");
        var otherAccount = await services.Scores.ScoreAsync(s.Megan, s.Fabrikam.Id, s.Open.Id);

        Assert.True(score.IsRuleBased);
        Assert.Null(score.ModelTrainedAt);
        Assert.Equal(("Renewal", DealStage.New), (score.Title, score.Stage));
        // New 10 %, no meeting ever −10, no interaction since the deal was created −5, the owner's 3 wins of 3 +: within 1–99.
        Assert.InRange(score.Score, 1, 20);
        Assert.Equal("stage New +10 %", score.Explain(CultureInfo.GetCultureInfo("en"))[0]);
        Assert.Equal(CrmErrorKind.Forbidden, guest.Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, stranger.Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, unknown.Error!.Kind);
        Assert.Equal(CrmErrorKind.NotFound, otherAccount.Error!.Kind);
    }

    [Fact]
    public async Task GetModelAsync_AdminsOnly_ColdStartSaysHowManyMoreClosedDealsAreNeeded()
    {
        var s = await CustomerScenario.CreateAsync("tenant-model");
        var services = new CustomerServices(s.Crm);

        var status = (await services.Scores.GetModelAsync(s.Admin)).Value!;
        var member = await services.Scores.GetModelAsync(s.Megan);
        var guest = await services.Scores.RetrainAsync(s.Guest);
        var memberRetrain = await services.Scores.RetrainAsync(s.Megan);
        s.Crm.Time.Advance(TimeSpan.FromMinutes(5));
        var retrained = (await services.Scores.RetrainAsync(s.Admin)).Value!;
        var stored = await services.ModelStore.ReadAsync(s.Megan.TenantId);

        Assert.True(status.IsRuleBased);
        Assert.Equal((4, 4, 0), (status.Quality.ClosedDeals, status.Quality.Won, status.Quality.Lost));
        Assert.Equal(36, status.MoreClosedDealsNeeded);
        Assert.Equal(CrmErrorKind.Forbidden, member.Error!.Kind);
        Assert.Equal(CrmErrorKind.Forbidden, guest.Error!.Kind);
        Assert.Equal(CrmErrorKind.Forbidden, memberRetrain.Error!.Kind);
        Assert.Equal(status.TrainedAt.AddMinutes(5), retrained.TrainedAt);
        Assert.Equal(retrained.TrainedAt, stored!.TrainedAt);
        Assert.Null(stored.Model);
    }
}
