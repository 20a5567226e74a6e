using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>One month or quarter [<see cref="Start"/>, <see cref="End"/>): won in it, weighted open expected in it, and their total, per currency.</summary>
public sealed record ForecastBucketResource(DateOnly Start, DateOnly End, IReadOnlyList<MoneyResource> Won, IReadOnlyList<MoneyResource> WeightedOpen, IReadOnlyList<MoneyResource> Total)
{
    public static ForecastBucketResource From(ForecastBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return new(bucket.Start, bucket.End, MoneyResource.From(bucket.Won), MoneyResource.From(bucket.WeightedOpen), MoneyResource.From(bucket.Total));
    }
}
