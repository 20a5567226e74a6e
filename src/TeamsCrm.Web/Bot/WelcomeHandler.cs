using TeamsCrm.Teams.Persistence;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// On install, welcomes the conversation once with the welcome card in the installer's language (a guest first hears
/// what is shared with their organisation and what they can do, or — in none — whom to ask). Teams (and the Playground) send both installationUpdate and
/// conversationUpdate for one install, so the welcome is claimed per conversation; uninstall gives the claim back.
/// </summary>
internal sealed class WelcomeHandler(IActivityDeduplicator claims, CrmTurnCallers callers, CrmConversation conversation)
{
    private static readonly TimeSpan WelcomeMemory = TimeSpan.FromDays(30);

    public async Task OnInstallAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not { } tenantId || context.Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (!await claims.TryClaimAsync(tenantId, WelcomeKey(conversationId), WelcomeMemory, cancellationToken))
        {
            return;
        }

        var caller = await callers.ResolveAsync(context, cancellationToken);
        // What is shared with a guest's organisation is theirs to read: said in their 1:1 chat only, elsewhere the public help.
        var personal = ConversationKinds.FromTeams(context.Activity.Conversation?.ConversationType, context.Activity.GetChannelId()) == ConversationKind.Personal;
        var welcome = caller is null
            ? MessageFactory.Text(BotTexts.Get("Welcome", context.Locale))
            : BotMessages.ToActivity(personal ? await conversation.WelcomeAsync(caller, context.Locale, cancellationToken) : conversation.Welcome(caller, context.Locale));
        var result = await context.SendActivityAsync(welcome, cancellationToken);
        if (!result.Succeeded && !context.ConversationBlocked)
        {
            await claims.ReleaseAsync(tenantId, WelcomeKey(conversationId), cancellationToken);
        }
    }

    public async Task OnUninstallAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is { } tenantId && context.Activity.Conversation?.Id is { } conversationId)
        {
            await claims.ReleaseAsync(tenantId, WelcomeKey(conversationId), cancellationToken);
        }
    }

    private static string WelcomeKey(string conversationId) => "welcome|" + ActivityExtensions.StripThread(conversationId);
}
