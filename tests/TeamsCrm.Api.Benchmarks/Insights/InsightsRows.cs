using System.Net;
using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// What the insights benchmark measures, each row against the floor: the use case, the REST API, the tab's insights
/// page (its first HTML, prerendered with the figures) and the bot's "pipeline" answers (a signed message activity to
/// /api/messages, the card checked at the loopback connector). Every operation throws when the answer is not the
/// expected one, so an error page or a refusal is never a sample.
/// </summary>
internal static class InsightsRows
{
    public static IReadOnlyList<InsightsRow> All(InsightsContext context) =>
    [
        new("insights use case in-process (InsightsService, tenant, current quarter)", () => context.UseCaseAsync(InsightsScope.Tenant)),
        new("GET /api/v1/insights/pipeline (member, tenant, current quarter)", () => context.Member.ExpectAsync("/api/v1/insights/pipeline", HttpStatusCode.OK)),
        new($"GET /api/v1/insights/pipeline (member, person, {context.YearQuery})", () => context.Member.ExpectAsync($"/api/v1/insights/pipeline?scope=person&owner={context.SomeOwner}&{context.YearQuery}", HttpStatusCode.OK)),
        // The page opens with the member's own figures of this quarter: the open-pipeline chart with data (its table
        // toggle exists only then) in a loaded state, never the "failed" or loading one, and both lists with entries.
        new("tab insights page (first HTML)", () => context.Tab.ReadAsync(
            "/tab/insights", "data-state=\"Loaded\"", "id=\"insights-as-of\"", "id=\"insights-open-by-stage-toggle\"", "<svg", "id=\"insights-calls\"", "id=\"insights-at-risk\"")),
        new("bot 'pipeline' answer (member's own, last 12 months)", () => context.Bot.AskAsync("pipeline", "Your pipeline")),
        new("bot 'team pipeline' answer (tenant, last 12 months)", () => context.Bot.AskAsync("team pipeline", "Team pipeline")),
        // No budget: what the same surfaces cost without any figure, so the rows above show what the figures add.
        new("reference: tab sign-in page (first HTML, no data read; its own small layout)", () => context.Tab.ReadAsync("/tab/sign-in", "id=\"crm-sign-in\""), HasBudget: false),
        // The frame every interactive tab page pays (authorization, the caller, the layout, the circuit's prerender
        // markers), without a data read: what the insights page costs beyond its reads and sections.
        new("reference: tab configure page (first HTML, interactive like the insights page, no data read)", () => context.Tab.ReadAsync("/tab/configure", "id=\"crm-account-search\""), HasBudget: false),
        new("reference: bot 'help' answer (no data read: the message turn's fixed cost)", () => context.Bot.AskAsync("help", "What I can do"), HasBudget: false),
        new("reference: the page's reads in-process, all four at once (own figures, call list, at risk, products × segments)", context.PageReadsAsync, HasBudget: false),
        new("reference: the page's call list in-process (CallListService, 10 calls)", context.CallListAsync, HasBudget: false),
        new("reference: the call list's reads before (version, then 10 index point reads; no ranking of the answer)", context.CallListBeforeAsync, HasBudget: false),
        new("reference: the page's customers at risk in-process (CustomerInsightsService, 10)", context.AtRiskAsync, HasBudget: false),
        new("reference: the page's products × segments in-process (MiningInsightsService)", context.MiningAsync, HasBudget: false),
        new("reference: the page's slipped deals' account names without the kept names (index point reads)", context.SlippedNamesAsync, HasBudget: false),
        new("summary read without the kept copy (whole partition + JSON)", context.ColdSummaryReadAsync, HasBudget: false),
    ];
}
