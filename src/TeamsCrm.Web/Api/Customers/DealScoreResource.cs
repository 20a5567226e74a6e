using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>A deal's score: the chance to win in whole percent (0–100), model or rule-based cold start, and the top factors, strongest first.</summary>
public sealed record DealScoreResource(
    string AccountId,
    string DealId,
    string Title,
    DealStage Stage,
    int Score,
    bool IsRuleBased,
    DateTimeOffset? ModelTrainedAt,
    IReadOnlyList<ScoreFactorResource> Factors)
{
    public static DealScoreResource From(DealScoreInsight score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new(score.AccountId, score.DealId, score.Title, score.Stage, score.Score, score.IsRuleBased, score.ModelTrainedAt, [.. score.Factors.Select(ScoreFactorResource.From)]);
    }
}
