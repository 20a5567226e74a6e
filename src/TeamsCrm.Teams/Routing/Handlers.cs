using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Routing;

/// <summary>Handles a non-invoke activity (message, install, reaction, ...). Replies go through the turn context.</summary>
public delegate Task ActivityHandler(TurnContext context, CancellationToken cancellationToken);

/// <summary>Handles an invoke and returns its synchronous answer (status + body).</summary>
public delegate Task<InvokeResponse> InvokeHandler(TurnContext context, CancellationToken cancellationToken);
