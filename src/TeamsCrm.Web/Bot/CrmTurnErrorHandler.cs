using TeamsCrm.Teams.Hosting;
using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// When a turn fails (storage unreachable or too slow, a bug), the user is told to try again, in their language: a
/// card action gets a message (the clicked card stays, so they can click again), a dialog closes with the message,
/// a message gets a reply. Needs no storage. Nothing is claimed about what was saved: a change whose commit was
/// under way may have been written, and trying again then meets the saved state (conflict-checked, never doubled).
/// </summary>
internal sealed class CrmTurnErrorHandler : ITurnErrorHandler
{
    public async Task<InvokeResponse?> OnTurnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = BotTexts.Get("TryAgain", context.Locale);
        var activity = context.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            return activity.Name switch
            {
                InvokeNames.AdaptiveCardAction => AdaptiveCardResponses.Message(text),
                InvokeNames.TaskFetch or InvokeNames.TaskSubmit => TaskModuleResponses.Message(text),
                _ => null,
            };
        }

        if (activity.Type == ActivityTypes.Message)
        {
            await context.SendTextAsync(text, cancellationToken);
        }

        return null;
    }
}
