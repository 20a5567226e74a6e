using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>
/// The customer insights (docs/analytics.md): customers at risk, one account's value, a deal's explained score, the
/// caller's call list — members only (a guest gets 403) — and the score model's quality and retraining for CRM admins.
/// </summary>
internal static class CustomerInsightsEndpoints
{
    public static RouteGroupBuilder MapCustomerInsights(this RouteGroupBuilder api)
    {
        var insights = api.MapGroup("/insights").WithTags("Insights");
        insights.MapGet("/customers/at-risk", AtRiskAsync).WithName("GetCustomersAtRisk")
            .WithSummary("Customers at risk (RFM segment at risk or hibernating, and/or going cold against their own rhythm), ranked, with the evidence; `top` 1–100 (default 20). Members only.")
            .Produces<AtRiskResource>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        insights.MapGet("/call-list", CallListAsync).WithName("GetCallList")
            .WithSummary("Who should I call today: the caller's open deals ranked by chance × value (slipping, closing soon, account going cold), each with the contact's best channel and why; `top` 1–50 (default 10). Members only.")
            .Produces<CallListResource>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        insights.MapGet("/model", ModelAsync).WithName("GetScoreModel")
            .WithSummary("The deal score model's quality: AUC on held-out deals, when trained, closed deals used — or how many more closed deals the cold start needs. CRM admins only.")
            .Produces<ModelStatusResource>().Problems(StatusCodes.Status403Forbidden);
        insights.MapPost("/model/retrain", RetrainAsync).WithName("RetrainScoreModel")
            .WithSummary("Retrains the tenant's deal score model on its closed deals now and answers its quality. CRM admins only.")
            .Produces<ModelStatusResource>().Problems(StatusCodes.Status403Forbidden);
        api.MapGet("/accounts/{accountId}/insights", AccountAsync).WithName("GetAccountInsights").WithTags("Insights")
            .WithSummary("One account's revenue and margin per month and quarter, lifetime value, RFM segment, going cold, each contact's best channel and its open deals' scores. Members only.")
            .Produces<AccountInsightsResource>().Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        api.MapGet("/accounts/{accountId}/deals/{dealId}/score", ScoreAsync).WithName("GetDealScore").WithTags("Deals")
            .WithSummary("The deal's chance to win (0–100) with its top factors in words; model or rule-based cold start. Members only.")
            .Produces<DealScoreResource>().Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> AtRiskAsync(int? top, HttpContext context, CustomerInsightsService customers, CancellationToken cancellationToken) =>
        Answer(await customers.GetAtRiskAsync(ApiCallers.Caller(context), top ?? 20, cancellationToken), AtRiskResource.From);

    private static async Task<IResult> CallListAsync(int? top, HttpContext context, CallListService calls, CancellationToken cancellationToken) =>
        Answer(await calls.TodayAsync(ApiCallers.Caller(context), top ?? 10, cancellationToken), CallListResource.From);

    private static async Task<IResult> ModelAsync(HttpContext context, DealScoreService scores, CancellationToken cancellationToken) =>
        Answer(await scores.GetModelAsync(ApiCallers.Caller(context), cancellationToken), ModelStatusResource.From);

    private static async Task<IResult> RetrainAsync(HttpContext context, DealScoreService scores, CancellationToken cancellationToken) =>
        Answer(await scores.RetrainAsync(ApiCallers.Caller(context), cancellationToken), ModelStatusResource.From);

    private static async Task<IResult> AccountAsync(string accountId, HttpContext context, CustomerInsightsService customers, CancellationToken cancellationToken) =>
        Answer(await customers.GetAccountAsync(ApiCallers.Caller(context), accountId, cancellationToken), AccountInsightsResource.From);

    private static async Task<IResult> ScoreAsync(string accountId, string dealId, HttpContext context, DealScoreService scores, CancellationToken cancellationToken) =>
        Answer(await scores.ScoreAsync(ApiCallers.Caller(context), accountId, dealId, cancellationToken), DealScoreResource.From);

    private static IResult Answer<T, TResource>(TeamsCrm.Core.Common.CrmResult<T> result, Func<T, TResource> resource) =>
        result.IsSuccess ? new ApiJsonResult<TResource>(resource(result.Value!), StatusCodes.Status200OK) : ApiProblems.For(result.Error!);
}
