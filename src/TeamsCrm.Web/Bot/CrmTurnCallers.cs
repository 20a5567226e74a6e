using TeamsCrm.Core.Identity;
using TeamsCrm.Core.People;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// Who is speaking in a turn: the tenant and Entra object id from the activity, resolved through the
/// people directory into a <see cref="Caller"/> (guest detection fails closed). Null when the
/// activity does not say who it is from; such a turn is answered without touching any record.
/// </summary>
internal sealed class CrmTurnCallers(CallerResolver resolver)
{
    public async Task<Caller?> ResolveAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.TenantId is not { Length: > 0 } tenantId || context.UserAadObjectId is not { Length: > 0 } userId)
        {
            return null;
        }

        return await resolver.ResolveAsync(tenantId, userId, context.Activity.From?.Name, claimsGuest: false, cancellationToken);
    }
}
