using TeamsCrm.Teams.Invokes;
using TeamsCrm.Teams.Routing;

namespace TeamsCrm.Teams.Hosting;

/// <summary>
/// The app's answer when a turn fails (SDK-shaped, like the Bot Framework SDK's OnTurnError): a storage outage,
/// a timeout or a bug. Called after the failure is logged; for an invoke it returns the answer the user sees
/// (null: HTTP 500), for any other activity it may send a reply through the turn context and returns null.
/// It must not need storage (storage may be what failed) and must finish within the given cancellation token.
/// Without a registered handler an invoke answers 500 and a message gets no reply.
/// </summary>
public interface ITurnErrorHandler
{
    Task<InvokeResponse?> OnTurnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken);
}
