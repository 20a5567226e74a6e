using Microsoft.Graph.Models.ODataErrors;
using TeamsCrm.Graph.Delegated;

namespace TeamsCrm.Graph.Context;

public sealed partial class GraphPeopleContextSource
{
    /// <summary>
    /// The viewer's own calendar in the request's window, read with the viewer's delegated token (one GET calendarView
    /// and its next pages, under <see cref="GraphOptions.ContextTimeout"/>, token acquisition included), cached apart
    /// from the app's reads. Null when there is no delegated client or Graph refuses the token (401/403): the caller
    /// falls back. Other trouble gives a degraded answer, as for the app's reads.
    /// </summary>
    internal async Task<PeopleContextResult?> ReadOwnCalendarAsync(
        PeopleContextRequest request, string viewerId, Func<CancellationToken, Task<GraphServiceClient?>> delegatedClient, CancellationToken cancellationToken)
    {
        var key = CalendarKey(request.TenantId, viewerId, request, DelegatedScope);
        if (_calendars.TryGet(key, out var cached) && cached is not null)
        {
            return new PeopleContextResult([], cached, false);
        }

        using var timeout = new CancellationTokenSource(_options.ContextTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (await delegatedClient(linked.Token).ConfigureAwait(false) is not { } client)
            {
                return null;
            }

            var page = await client.Users[viewerId].CalendarView.GetAsync(ContextBatch.CalendarQuery(request.From, request.To), linked.Token).ConfigureAwait(false);
            var meetings = (page?.Value ?? []).Select(e => GraphContextMapping.ToMeeting(e, viewerId)).OfType<Meeting>().ToList();
            if (!await FollowPagesAsync(client, viewerId, page?.OdataNextLink, meetings, linked.Token).ConfigureAwait(false))
            {
                return new PeopleContextResult([], meetings, true);
            }

            _calendars.Set(key, meetings);
            return new PeopleContextResult([], meetings, false);
        }
        catch (ODataError error) when (error.ResponseStatusCode is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden)
        {
            DelegatedLog.DelegatedReadFailed(_logger, error.ResponseStatusCode);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ContextLog.BatchTimedOut(_logger, _options.ContextTimeout);
            return PeopleContextResult.Degraded;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OperationCanceledException)
        {
            ContextLog.BatchFailed(_logger, error);
            return PeopleContextResult.Degraded;
        }
    }
}
