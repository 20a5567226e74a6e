using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using TeamsCrm.Teams.Auth;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Persistence;
using TeamsCrm.Teams.Routing;
using TeamsCrm.Teams.Trust;

namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// POST /api/messages: 401 without a token, 400 for a malformed body or missing type, 401/403 for a bad
/// token, 403 for an activity outside <see cref="InboundActivityPolicy"/> (channel, serviceUrl, tenant) — all
/// before any side effect. Then dedup, the conversation reference, and the turn: invokes are answered inline
/// (501 if unhandled); other activities are acknowledged after at most AcknowledgeAfter.
/// </summary>
public sealed partial class BotRequestProcessor(
    IOptions<BotOptions> options,
    IBotTokenValidator tokenValidator,
    InboundActivityPolicy activityPolicy,
    BotReadOnlyCardVerbs readOnlyCardVerbs,
    BotReadOnlyInvokes readOnlyInvokes,
    BotRouter router,
    IActivityDeduplicator deduplicator,
    IConversationReferenceStore references,
    IConnectorClient connector,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger<BotRequestProcessor> logger)
{
    private readonly BotOptions _options = options.Value;

    public async Task ProcessAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        string? authorization = request.Headers.Authorization;
        var anonymous = string.IsNullOrEmpty(authorization) && _options.AllowUnauthenticated;
        if (string.IsNullOrEmpty(authorization) && !anonymous)
        {
            Log.AuthenticationFailed(logger, 401, "No Authorization header.");
            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var (activity, badRequest) = await ReadActivityAsync(httpContext).ConfigureAwait(false);
        if (activity is null)
        {
            Log.BadRequest(logger, badRequest.Reason);
            httpContext.Response.StatusCode = badRequest.Status;
            return;
        }

        var auth = anonymous
            ? BotAuthResult.Success(null)
            : await tokenValidator.ValidateAsync(authorization, activity, httpContext.RequestAborted).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            Log.AuthenticationFailed(logger, auth.FailureStatus, auth.FailureReason);
            httpContext.Response.StatusCode = auth.FailureStatus;
            return;
        }

        // Who sent it is settled; now whether the bot serves it: channel, serviceUrl host, tenant (logged by the policy).
        if (activityPolicy.Check(activity) is { } refused)
        {
            httpContext.Response.StatusCode = refused.FailureStatus;
            return;
        }

        if (anonymous)
        {
            Log.AnonymousAccepted(logger);
        }

        var response = await RunAnsweringErrorsAsync(activity, auth, httpContext.RequestAborted).ConfigureAwait(false);
        httpContext.Response.StatusCode = response?.Status ?? StatusCodes.Status200OK;
        if (response?.Body is { } body)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(httpContext.Response.Body, body, BotJsonContext.Default.JsonNode, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task<(Activity? Activity, (int Status, string Reason) Error)> ReadActivityAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        if (request.ContentLength > _options.MaxRequestBodyBytes)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, "Body too large."));
        }

        if (httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = _options.MaxRequestBodyBytes;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync(request.Body, BotJsonContext.Default.Activity, httpContext.RequestAborted).ConfigureAwait(false);
            return activity is null || string.IsNullOrWhiteSpace(activity.Type)
                ? (null, (StatusCodes.Status400BadRequest, "Missing activity or type."))
                : (activity, default);
        }
        catch (JsonException)
        {
            return (null, (StatusCodes.Status400BadRequest, "Malformed JSON."));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, (ex.StatusCode, ex.Message));
        }
    }
}
