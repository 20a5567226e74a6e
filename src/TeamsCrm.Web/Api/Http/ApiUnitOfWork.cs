using TeamsCrm.Web.Notifications;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// Every write through the API is one unit of work like a bot turn or a change in the tab: the notifications its use
/// case committed (a mention, a handoff offered or answered) are delivered right after it instead of waiting for the
/// sweep. Delivery never fails the request (the sweep retries). Reads pass straight through.
/// </summary>
internal sealed class ApiUnitOfWork(TurnNotifications notifications) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            return await next(context);
        }

        using var scope = notifications.Begin();
        var result = await next(context);
        await notifications.DeliverAsync(scope, context.HttpContext.RequestAborted);
        return result;
    }
}
