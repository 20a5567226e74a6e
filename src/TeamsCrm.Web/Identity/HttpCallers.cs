using System.Security.Claims;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.People;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// Who is calling over HTTP (the tab or the REST API): the tenant and object id of the signed-in principal, resolved
/// through the people directory into a <see cref="Caller"/> exactly as the bot resolves the sender of a message, with
/// the token's guest signals (guest detection fails closed). Null when the principal does not say who it is.
/// </summary>
public sealed class HttpCallers(CallerResolver resolver)
{
    public async Task<Caller?> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.FindFirstValue(CrmClaims.TenantId) is not { Length: > 0 } tenantId
            || principal.FindFirstValue(CrmClaims.ObjectId) is not { Length: > 0 } userId)
        {
            return null;
        }

        return await resolver.ResolveAsync(tenantId, userId, principal.FindFirstValue(CrmClaims.Name), CrmClaims.SaysGuest(principal), cancellationToken);
    }
}
