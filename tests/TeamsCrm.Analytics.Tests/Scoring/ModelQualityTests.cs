using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Analytics.Tests.Scoring;

public sealed class ModelQualityTests
{
    private static readonly ScoringPolicy Policy = new();

    [Theory]
    [InlineData(false, 0.876, "en", "Model score (AUC 0.88 on 50 held-out deals).")]
    [InlineData(false, 0.876, "de", "Modellbewertung (AUC 0,88 auf 50 zurückgehaltenen Verkaufschancen).")]
    [InlineData(false, null, "en", "Model score (AUC not measurable: the 50 held-out deals have one outcome only).")]
    [InlineData(true, null, "en", "Rule-based score: not enough closed deals for a model yet (200 closed, 195 won, 5 lost; a model needs 40 closed and 10 of each).")]
    public void Describe_Quality_TellsAdminsWhatTheScoreStandsOn(bool ruleBased, double? auc, string language, string expected) =>
        Assert.Equal(expected, new ModelQuality(200, 195, 5, ruleBased, auc, 50, Policy).Describe(CultureInfo.GetCultureInfo(language)));
}
