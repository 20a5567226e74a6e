using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Teams.Auth;
using TeamsCrm.Teams.Invokes;
using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// A failed turn still gets an answer: the app's <see cref="ITurnErrorHandler"/> (a "try again" in the user's language)
/// within <see cref="Configuration.BotOptions.InvokeTimeout"/> for an invoke, whatever failed — the delivery claim, the
/// conversation reference or the handler.
/// </summary>
public sealed partial class BotRequestProcessor
{
    /// <summary>How long the error answer itself may take (a reply to a message goes through the connector).</summary>
    private static readonly TimeSpan ErrorAnswerTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <see cref="RunAsync"/> with every failure turned into the error answer. An invoke is answered within
    /// <see cref="Configuration.BotOptions.InvokeTimeout"/> (plus the error answer): its delivery claim and its turn are
    /// cancelled at that time, and the answer does not wait for them beyond it, so a hanging store cannot hold the
    /// answer past Teams' limit. Any other activity's delivery claim gets <see cref="Configuration.BotOptions.AcknowledgeAfter"/>,
    /// so the request is still acknowledged in time (and the user told to try again) when storage hangs.
    /// </summary>
    private async Task<InvokeResponse?> RunAnsweringErrorsAsync(Activity activity, BotAuthResult auth, CancellationToken requestAborted)
    {
        var invoke = activity.Type == ActivityTypes.Invoke;
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(invoke ? _options.InvokeTimeout : _options.AcknowledgeAfter);
        var run = RunAsync(activity, auth, deadline.Token);
        // Disposed when the run ends, which may be after the answer.
        _ = run.ContinueWith(static (_, source) => ((CancellationTokenSource)source!).Dispose(), deadline, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            // The claim and the turn each stop at InvokeTimeout; together they could take longer, so the answer does not wait.
            return invoke
                ? await run.WaitAsync(_options.InvokeTimeout, timeProvider, CancellationToken.None).ConfigureAwait(false)
                : await run.ConfigureAwait(false);
        }
        catch (Exception ex) when (!requestAborted.IsCancellationRequested)
        {
            Log.TurnFailed(logger, ex, activity.Id, activity.Type);
            return await AnswerTurnErrorAsync(activity, auth, ex).ConfigureAwait(false);
        }
    }

    /// <summary>How long a turn may run: an invoke must be answered within Teams' limit, anything else gets the turn timeout.</summary>
    private TimeSpan TurnTimeoutFor(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && _options.InvokeTimeout < _options.TurnTimeout ? _options.InvokeTimeout : _options.TurnTimeout;

    private async Task<InvokeResponse?> AnswerTurnErrorAsync(Activity activity, BotAuthResult auth, Exception exception)
    {
        var fallback = activity.Type == ActivityTypes.Invoke ? new InvokeResponse(500) : null;
        if (services.GetService<ITurnErrorHandler>() is not { } handler)
        {
            return fallback;
        }

        using var timeout = new CancellationTokenSource(ErrorAnswerTimeout, timeProvider);
        try
        {
            var context = new TurnContext(activity, connector, references, services, auth.Identity);
            return await handler.OnTurnErrorAsync(context, exception, timeout.Token).ConfigureAwait(false) ?? fallback;
        }
        catch (Exception ex)
        {
            Log.TurnErrorAnswerFailed(logger, ex, activity.Id);
            return fallback;
        }
    }
}
