using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Context;

namespace TeamsCrm.Graph.Delegated;

/// <summary>
/// People and calendar context with delegated Graph (Graph:Delegated:Enabled): the viewer's own calendar is read with
/// the viewer's own token while they have a delegated session (<see cref="DelegatedGraphSessions"/>, started at the
/// tab's sign-in), in parallel with the app's one $batch for everything else — profiles and presence (directory data,
/// the same for every viewer) and others' calendars. Without a session, or when Graph refuses the delegated token, the
/// viewer's calendar is read as the app if <see cref="GraphDelegatedOptions.AppOnlyCalendars"/> allows it, else not at
/// all; with AppOnlyCalendars off no calendar is ever read as the app. A request without a viewer (a guest's, a single
/// profile) never uses a delegated token.
/// </summary>
public sealed class DelegatedPeopleContextSource(
    GraphPeopleContextSource graph, DelegatedGraphSessions sessions, DelegatedGraphClients clients, IOptions<GraphOptions> options) : IPeopleContextSource
{
    private readonly bool _appOnlyCalendars = options?.Value.Delegated.AppOnlyCalendars ?? true;

    public async Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var viewer = request.ViewerId;
        var delegated = viewer is not null
            && request.CalendarOwnerIds.Contains(viewer, StringComparer.OrdinalIgnoreCase)
            && sessions.Has(request.TenantId, viewer);
        string[] appCalendars = !_appOnlyCalendars ? []
            : delegated ? [.. request.CalendarOwnerIds.Where(id => !string.Equals(id, viewer, StringComparison.OrdinalIgnoreCase))]
            : [.. request.CalendarOwnerIds];
        var app = graph.GetAsync(request with { CalendarOwnerIds = appCalendars }, cancellationToken);
        if (!delegated)
        {
            return await app.ConfigureAwait(false);
        }

        var own = await graph.ReadOwnCalendarAsync(request, viewer!, token => ClientAsync(request.TenantId, viewer!, token), cancellationToken).ConfigureAwait(false)
            ?? await FallbackAsync(request, viewer!, cancellationToken).ConfigureAwait(false);
        var main = await app.ConfigureAwait(false);
        return new PeopleContextResult(main.People, [.. main.Meetings, .. own.Meetings], main.IsDegraded || own.IsDegraded);
    }

    private async Task<GraphServiceClient?> ClientAsync(string tenantId, string viewerId, CancellationToken cancellationToken) =>
        await sessions.AccessTokenAsync(tenantId, viewerId, cancellationToken).ConfigureAwait(false) is { } token
            ? clients.For(tenantId, token)
            : null;

    /// <summary>The delegated read was not possible: the viewer's calendar as the app where allowed, else none.</summary>
    private Task<PeopleContextResult> FallbackAsync(PeopleContextRequest request, string viewerId, CancellationToken cancellationToken) =>
        _appOnlyCalendars
            ? graph.GetAsync(request with { PeopleIds = [], CalendarOwnerIds = [viewerId] }, cancellationToken)
            : Task.FromResult(PeopleContextResult.Empty);
}
