using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.People;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Isolation;

/// <summary>
/// The proactive-notification surface: the target account's owner writes an internal comment and a shared comment
/// that mention the user and hands the target's deal to them, as one unit of work whose notifications are delivered
/// right after it (as after a bot turn or an API write); the surface returns everything the loopback connector
/// received for that user meanwhile — sends and in-place updates to their 1:1 chat, and chats the bot created for them.
/// </summary>
internal sealed class IsolationNotifications(ApiHost host)
{
    public async Task<string?> ReadAsync(IsolationUser user, IsolationTarget target)
    {
        if (user.Caller is not { } victim)
        {
            return null;
        }

        var services = host.Factory.Services;
        var mark = host.Connector.Calls.Count;
        var notifications = services.GetRequiredService<TurnNotifications>();
        using (var scope = notifications.Begin())
        {
            var owner = target.Owner;
            var mention = new[] { victim.AsPerson() };
            var comments = services.GetRequiredService<CommentService>();
            await comments.AddAsync(owner, target.AccountId, new CommentInput($"{target.Notices.Internal} please look", mention));
            await comments.AddAsync(owner, target.AccountId, new CommentInput($"{target.Notices.Shared} please look", mention, CommentVisibility.Shared));
            var recipient = await services.GetRequiredService<CallerResolver>().ResolveAsync(owner.TenantId, victim.UserId, victim.DisplayName, claimsGuest: victim.IsGuest);
            await services.GetRequiredService<HandoffService>().HandOffAsync(owner, new HandoffRequest(target.AccountId, target.DealId ?? string.Empty, recipient, target.Notices.HandoffNote));
            await notifications.DeliverAsync(scope, CancellationToken.None);
        }

        var calls = host.Connector.Calls.Skip(mark).ToList();
        var created = calls.Where(c => c.Operation == "create" && c.Json.Contains(victim.TenantId, StringComparison.Ordinal) && c.Json.Contains(victim.UserId, StringComparison.Ordinal))
            .Select(c => "a:created-" + c.ResultId).ToHashSet(StringComparer.Ordinal);
        var theirs = calls.Where(c => c.ConversationId == IsolationSurfaces.ChatOf(victim) || created.Contains(c.ConversationId) || (c.Operation == "create" && created.Contains("a:created-" + c.ResultId)));
        return $"{calls.Count} calls, to them: {string.Join('\n', theirs.Select(c => c.ToString()))}";
    }
}
