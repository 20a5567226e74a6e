using TeamsCrm.Core.Identity;
using TeamsCrm.Core.People;
using TeamsCrm.Teams.Connector;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// Who is speaking in a turn: the tenant and Entra object id from the activity, resolved through the people directory
/// and the partner directory into a <see cref="Caller"/> (guest detection fails closed, see <see cref="CallerResolver"/>).
/// Teams' own signal joins them: when the directory does not already say guest, the sender is read as a member of the
/// conversation and a <c>userRole</c> of "guest" (or an <c>#EXT#</c> user name) makes them one; that answer is kept for
/// <see cref="RosterLifetime"/> per tenant and user. Null when the activity does not say who it is from, or comes from
/// an anonymous meeting participant: such a turn is answered without touching any record.
/// </summary>
internal sealed partial class CrmTurnCallers(CallerResolver resolver, IPeopleDirectory people, TimeProvider time, ILogger<CrmTurnCallers> logger)
{
    /// <summary>How long the conversation roster's answer for one user is kept.</summary>
    public static readonly TimeSpan RosterLifetime = TimeSpan.FromMinutes(5);

    private const int MaxKept = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string TenantId, string UserId), (bool Guest, DateTimeOffset ExpiresAt)> _roster = new();

    public async Task<Caller?> ResolveAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not { Length: > 0 } tenantId
            || context.UserAadObjectId is not { Length: > 0 } userId
            || string.Equals(context.Activity.From?.Role, "anonymous", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rosterSaysGuest = await RosterSaysGuestAsync(context, tenantId, userId, cancellationToken);
        return await resolver.ResolveAsync(tenantId, userId, context.Activity.From?.Name, rosterSaysGuest, cancellationToken);
    }

    /// <summary>
    /// The conversation members API's view of the sender, asked only when the directory would make them a member. A failed
    /// lookup is no signal (and not kept): the directory's and the partner directory's signals still apply.
    /// </summary>
    private async Task<bool> RosterSaysGuestAsync(TurnContext context, string tenantId, string userId, CancellationToken cancellationToken)
    {
        var person = await people.GetAsync(tenantId, userId, cancellationToken);
        if (person is null || CallerResolver.IsGuest(person))
        {
            return false; // A guest already (unknown people are guests too): the roster can add nothing.
        }

        if (_roster.TryGetValue((tenantId, userId), out var kept) && time.GetUtcNow() < kept.ExpiresAt)
        {
            return kept.Guest;
        }

        if (context.Activity.Conversation?.Id is null || context.Activity.From?.Id is null)
        {
            return false;
        }

        var sender = await context.GetSenderAsync(cancellationToken);
        if (!sender.Succeeded || sender.Value is not { } member)
        {
            LogRosterUnavailable(tenantId, userId, sender.StatusCode);
            return false;
        }

        var guest = RosterSaysGuest(member);
        if (_roster.Count >= MaxKept)
        {
            _roster.Clear();
        }

        _roster[(tenantId, userId)] = (guest, time.GetUtcNow() + RosterLifetime);
        return guest;
    }

    internal static bool RosterSaysGuest(TeamsChannelAccount member) =>
        member.UserRole is { } role && (role.Equals("guest", StringComparison.OrdinalIgnoreCase) || role.Equals("anonymous", StringComparison.OrdinalIgnoreCase))
        || (member.UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false);

    [LoggerMessage(EventId = 8500, Level = LogLevel.Information, Message = "The conversation roster did not answer for user {UserId} of tenant {TenantId} (status {Status}); the directory's guest signals decide.")]
    private partial void LogRosterUnavailable(string tenantId, string userId, int? status);
}
