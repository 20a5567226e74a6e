using TeamsCrm.Teams.Persistence;
using TeamsCrm.Teams.Routing;
using TeamsCrm.Teams.Schema;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// On install, welcomes the conversation once. Teams (and the Playground) send both installationUpdate and
/// conversationUpdate for one install, so the welcome is claimed per conversation; uninstall gives the claim back.
/// </summary>
internal sealed class WelcomeHandler(IActivityDeduplicator claims)
{
    private static readonly TimeSpan WelcomeMemory = TimeSpan.FromDays(30);

    public async Task OnInstallAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not { } tenantId || context.Activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        if (!await claims.TryClaimAsync(tenantId, WelcomeKey(conversationId), WelcomeMemory, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var result = await context.SendTextAsync(BotTexts.Get("Welcome", context.Locale), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded && !context.ConversationBlocked)
        {
            await claims.ReleaseAsync(tenantId, WelcomeKey(conversationId), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task OnUninstallAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is { } tenantId && context.Activity.Conversation?.Id is { } conversationId)
        {
            await claims.ReleaseAsync(tenantId, WelcomeKey(conversationId), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string WelcomeKey(string conversationId) => "welcome|" + ActivityExtensions.StripThread(conversationId);
}
