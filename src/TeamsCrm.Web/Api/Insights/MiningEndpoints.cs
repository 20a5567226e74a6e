using TeamsCrm.Analytics.Mining;
using TeamsCrm.Core.Common;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>/api/v1/insights/mining: which segments look at which product and which win with it (docs/analytics.md, "Data mining"). Members only.</summary>
internal static class MiningEndpoints
{
    public static RouteGroupBuilder MapMining(this RouteGroupBuilder api)
    {
        api.MapGroup("/insights").WithTags("Insights").MapGet("/mining", MiningAsync).WithName("GetMining")
            .WithSummary(
                "Per product, the segments (dimension industry, sizeBand, country or rfmSegment) ranked by conservative lift: " +
                "interest (accounts of the segment interested in the product) and conversion (its closed deals won), each with " +
                "counts, rate, 95 % Wilson interval, base rate and lift, or tooFew below the minimum support. Filters optional: " +
                "dimension, product (id), kind (interest or conversion; conversion is not cut by rfmSegment). Members only.")
            .Produces<MiningResource>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<IResult> MiningAsync(
        string? dimension, string? product, string? kind, HttpContext context, MiningInsightsService mining, CancellationToken cancellationToken)
    {
        if (!TryOptional(dimension, out SegmentDimension? segmentDimension))
        {
            return ApiProblems.InvalidField("dimension", "Api.InvalidMiningDimension");
        }

        if (!TryOptional(kind, out MiningKind? miningKind))
        {
            return ApiProblems.InvalidField("kind", "Api.InvalidMiningKind");
        }

        var query = new MiningQuery(segmentDimension, string.IsNullOrEmpty(product) ? null : product, miningKind);
        var result = await mining.GetAsync(ApiCallers.Caller(context), query, cancellationToken);
        return result.IsSuccess ? new ApiJsonResult<MiningResource>(MiningResource.From(result.Value!), StatusCodes.Status200OK) : ApiProblems.For(result.Error!);
    }

    private static bool TryOptional<TEnum>(string? text, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!InputCheck.TryParseName(text, out TEnum parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
