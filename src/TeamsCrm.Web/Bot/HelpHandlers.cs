using TeamsCrm.Teams.Invokes;
using TeamsCrm.Teams.Routing;
using TeamsCrm.Teams.Schema;

namespace TeamsCrm.Web.Bot;

/// <summary>The bot's first conversation: any message gets the help text; Action.Execute "help" gets the help card.</summary>
internal static class HelpHandlers
{
    public static async Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(BotTexts.Get("HelpText", context.Locale), "markdown");
        await context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    public static Task<InvokeResponse> OnHelpActionAsync(TurnContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardResponses.Card(HelpCard.Build(context.Locale)));
}
