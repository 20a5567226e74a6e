using System.Net;
using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// What the insights benchmark measures, each row against the floor. The seam for the other surfaces: the tab's
/// insights page and the bot's "pipeline" answer join as two more rows here — an operation that requests the page
/// over HTTP (the app in <see cref="InsightsContext.App"/>, the large tenant <see cref="InsightsTenant.TenantId"/>) or
/// runs the bot's turn through <see cref="InsightsContext.Services"/>, and throws when the answer is not a success.
/// </summary>
internal static class InsightsRows
{
    public static IReadOnlyList<InsightsRow> All(InsightsContext context) =>
    [
        new("insights use case in-process (InsightsService, tenant, current quarter)", () => context.UseCaseAsync(InsightsScope.Tenant)),
        new("GET /api/v1/insights/pipeline (member, tenant, current quarter)", () => context.Member.ExpectAsync("/api/v1/insights/pipeline", HttpStatusCode.OK)),
        new($"GET /api/v1/insights/pipeline (member, person, {context.YearQuery})", () => context.Member.ExpectAsync($"/api/v1/insights/pipeline?scope=person&owner={context.SomeOwner}&{context.YearQuery}", HttpStatusCode.OK)),
        new("summary read without the kept copy (whole partition + JSON)", context.ColdSummaryReadAsync, HasBudget: false),
    ];
}
