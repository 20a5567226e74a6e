using TeamsCrm.Core.Identity;
using TeamsCrm.Core.People;

namespace TeamsCrm.Web.Api.Handoffs;

/// <summary>
/// The person a handoff goes to, as a <see cref="Caller"/> (role and partner organisation from the directory, as the bot
/// resolves a mention). Only an Entra object id (a GUID) is looked up; anything else stays an unknown person, whom the
/// handoff rules refuse, and a missing id is left empty for the input check to name.
/// </summary>
internal static class HandoffRecipient
{
    public static async Task<Caller> ResolveAsync(CallerResolver people, Caller sender, PersonRef? recipient, CancellationToken cancellationToken)
    {
        var userId = recipient?.UserId?.Trim() ?? string.Empty;
        return Guid.TryParse(userId, out _)
            ? await people.ResolveAsync(sender.TenantId, userId, recipient?.DisplayName, claimsGuest: false, cancellationToken)
            : new Caller(sender.TenantId, userId, recipient?.DisplayName ?? string.Empty, CallerRole.Guest);
    }
}
