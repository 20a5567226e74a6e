using TeamsCrm.Teams.Auth;
using TeamsCrm.Teams.Invokes;
using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Teams.Hosting;

/// <summary>The authenticated part of a request: dedup, conversation reference, the turn under its own timeout.</summary>
public sealed partial class BotRequestProcessor
{
    internal async Task<InvokeResponse?> RunAsync(Activity activity, BotAuthResult auth, CancellationToken requestAborted)
    {
        var tenantId = activity.GetTenantId() ?? "no-tenant";
        var deliveryKey = string.IsNullOrEmpty(activity.Id) || IsReadOnlyAutomaticRefresh(activity) || IsReadOnlyInvoke(activity) ? null : "activity|" + activity.ChannelId + "|" + activity.Id;
        if (deliveryKey is not null
            && !await deduplicator.TryClaimAsync(tenantId, deliveryKey, _options.DeduplicationWindow, requestAborted).ConfigureAwait(false))
        {
            Log.DuplicateActivity(logger, activity.Id!);
            return activity.Type == ActivityTypes.Invoke ? InvokeResponse.Ok() : null;
        }

        // A turn runs under its own timeout, not the request's: Teams may close the request early.
        var turn = RunTurnAsync(activity, auth, tenantId, deliveryKey);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return await turn.ConfigureAwait(false);
        }

        try
        {
            // WaitAsync drops its timer as soon as the turn ends; a slow turn keeps running after the ack.
            await turn.WaitAsync(_options.AcknowledgeAfter, timeProvider, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log.AcknowledgedEarly(logger, activity.Id);
        }

        return null;
    }

    private async Task<InvokeResponse?> RunTurnAsync(Activity activity, BotAuthResult auth, string tenantId, string? deliveryKey)
    {
        using var timeout = new CancellationTokenSource(TurnTimeoutFor(activity), timeProvider);
        var cancellationToken = timeout.Token;
        try
        {
            await UpdateReferenceAsync(activity, cancellationToken).ConfigureAwait(false);
            var context = new TurnContext(activity, connector, references, services, auth.Identity);
            return await router.DispatchAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.TurnFailed(logger, ex, activity.Id, activity.Type);
            if (deliveryKey is not null)
            {
                await ReleaseQuietlyAsync(tenantId, deliveryKey).ConfigureAwait(false);
            }

            return await AnswerTurnErrorAsync(activity, auth, ex).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A card's automatic refresh (Action.Execute with trigger "automatic") of a verb the app registered as read-only
    /// (<see cref="TeamsBotServiceCollectionExtensions.AddBotReadOnlyCardVerbs"/>): a pure read, so a duplicate is harmless
    /// and it is not claimed — the most frequent invoke then costs no delivery write. The trigger is client-supplied, so
    /// it never exempts any other verb: every write is claimed whatever the trigger says.
    /// </summary>
    private bool IsReadOnlyAutomaticRefresh(Activity activity) =>
        activity.Type == ActivityTypes.Invoke
        && activity.Name == InvokeNames.AdaptiveCardAction
        && activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("trigger", out var trigger)
        && trigger.ValueKind == JsonValueKind.String
        && trigger.ValueEquals("automatic")
        && value.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb)
        && verb.ValueKind == JsonValueKind.String
        && readOnlyCardVerbs.Contains(verb.GetString());

    /// <summary>An invoke the app registered as a pure read (<see cref="TeamsBotServiceCollectionExtensions.AddBotReadOnlyInvokes"/>): not claimed.</summary>
    private bool IsReadOnlyInvoke(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && readOnlyInvokes.Contains(activity.Name);

    private async Task UpdateReferenceAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.GetConversationReference(timeProvider.GetUtcNow()) is not { } reference)
        {
            return;
        }

        if (BotRouter.IsUninstall(activity))
        {
            await references.MarkUnusableAsync(reference.TenantId, reference.ConversationId, "Uninstalled", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await references.UpsertAsync(reference, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReleaseQuietlyAsync(string tenantId, string deliveryKey)
    {
        try
        {
            await deduplicator.ReleaseAsync(tenantId, deliveryKey, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.TurnFailed(logger, ex, deliveryKey, "release");
        }
    }
}
