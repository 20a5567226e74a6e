using Microsoft.Net.Http.Headers;

namespace TeamsCrm.Web.ChatInsights;

public static class ChartEndpointRouteBuilderExtensions
{
    public const string Route = "/api/chat-insights/{tenantId}/{userId}/{kind}";

    private static readonly string[] Kinds = ["pipeline", "forecast", "calls", "risk", "mining"];

    public static bool IsKind(string kind) => Kinds.Contains(kind, StringComparer.Ordinal);

    /// <summary>
    /// GET /api/chat-insights/{tenantId}/{userId}/{kind}?d=…&amp;exp=…&amp;sig=…: the PNG chart of an insights card
    /// (<see cref="ChartRenderer"/>). Teams fetches card images without the user's token, so the endpoint is anonymous and
    /// each link carries an expiring signature over tenant, user, kind and the figures (<see cref="SignedChartLinks"/>);
    /// a missing, wrong or expired signature, a malformed id or figure answers 404. Cache-Control: private, one day.
    /// </summary>
    public static IEndpointConventionBuilder MapCrmChatInsightsCharts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, (string tenantId, string userId, string kind, string? d, string? exp, string? sig, HttpContext context, SignedChartLinks links) =>
        {
            if (!Guid.TryParse(tenantId, out _) || !Guid.TryParse(userId, out _) || !IsKind(kind)
                || !links.IsValid(tenantId, userId, kind, d, exp, sig) || !ChartCode.TryDecode(kind, d, out var chart))
            {
                return Results.NotFound();
            }

            context.Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Private = true, MaxAge = TimeSpan.FromDays(1) };
            return Results.Bytes(ChartRenderer.Png(chart), "image/png");
        });
}
