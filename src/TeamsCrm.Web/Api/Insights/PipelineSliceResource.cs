using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>Open deals of one stage or owner (<see cref="Key"/>): how many, their amounts and weighted amounts per currency.</summary>
public sealed record PipelineSliceResource(string Key, int Count, IReadOnlyList<MoneyResource> Amount, IReadOnlyList<MoneyResource> Weighted)
{
    public static PipelineSliceResource From(PipelineSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return new(slice.Key, slice.Count, MoneyResource.From(slice.Amount), MoneyResource.From(slice.Weighted));
    }
}
