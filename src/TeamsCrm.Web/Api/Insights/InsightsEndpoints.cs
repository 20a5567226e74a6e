using System.Globalization;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>/api/v1/insights: the analytics' figures (docs/analytics.md), for members of the tenant; a guest only their own shared deals.</summary>
internal static class InsightsEndpoints
{
    private const string MonthFormat = "yyyy-MM";

    public static RouteGroupBuilder MapInsights(this RouteGroupBuilder api)
    {
        var insights = api.MapGroup("/insights").WithTags("Insights");
        insights.MapGet("/pipeline", PipelineAsync).WithName("GetPipeline")
            .WithSummary(
                "Every pipeline and forecast figure of the months [from, to) (yyyy-MM; default: the current quarter; at most 36 " +
                "months): open pipeline by stage and owner, forecast per month and quarter, win rate, average won size, sales cycle, " +
                "stage conversion and velocity, slipped deals; for scope tenant (default), team (owner=… repeated) or person " +
                "(owner=…, default the caller). Amounts per currency. A guest may ask only for scope=person about themselves.")
            .Produces<PipelineResource>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        return api;
    }

    internal static string MonthText(DateOnly month) => month.ToString(MonthFormat, CultureInfo.InvariantCulture);

    private static async Task<IResult> PipelineAsync(
        string? from, string? to, string? scope, string[]? owner, HttpContext context, InsightsService insights, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var quarterStart = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        if (!TryMonth(from, quarterStart, out var start))
        {
            return ApiProblems.InvalidField("from", "Api.InvalidMonth");
        }

        if (!TryMonth(to, start.AddMonths(3), out var end) || end <= start)
        {
            return ApiProblems.InvalidField("to", "Api.InvalidMonth");
        }

        if (!TryScope(scope, out var kind))
        {
            return ApiProblems.InvalidField("scope", "Api.InvalidValue");
        }

        var query = new InsightsQuery(new AnalyticsPeriod(start, end), kind, owner ?? []);
        var result = await insights.GetPipelineAsync(ApiCallers.Caller(context), query, cancellationToken);
        return result.IsSuccess ? new ApiJsonResult<PipelineResource>(PipelineResource.Of(result.Value), StatusCodes.Status200OK) : ApiProblems.For(result.Error);
    }

    private static bool TryMonth(string? text, DateOnly fallback, out DateOnly month)
    {
        month = fallback;
        return string.IsNullOrEmpty(text)
            || DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
    }

    private static bool TryScope(string? text, out InsightsScope scope)
    {
        scope = InsightsScope.Tenant;
        return string.IsNullOrEmpty(text) || TeamsCrm.Core.Common.InputCheck.TryParseName(text, out scope);
    }
}
