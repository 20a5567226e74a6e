using Microsoft.Graph.Communications.GetPresencesByUserId;
using Microsoft.Graph.Models;

namespace TeamsCrm.Graph.Context;

public sealed partial class GraphPeopleContextSource
{
    /// <summary>One $batch for everything missing, then the answers into the caches. False when the batch as a whole failed.</summary>
    private async Task<bool> FetchAsync(GraphServiceClient client, string tenant, PeopleContextRequest request, ContextWork work, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.ContextTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked.Token;
        try
        {
            var batch = new ContextBatch(client);
            for (var i = 0; i < work.Profiles.Count; i++)
            {
                await batch.AddPersonAsync(i, work.Profiles[i]).ConfigureAwait(false);
            }

            if (work.Presence.Count > 0)
            {
                await batch.AddPresenceAsync(work.Presence).ConfigureAwait(false);
            }

            for (var i = 0; i < work.Calendars.Count; i++)
            {
                await batch.AddCalendarAsync(i, work.Calendars[i], request.From, request.To).ConfigureAwait(false);
            }

            await batch.SendAsync(token).ConfigureAwait(false);
            for (var i = 0; i < work.Profiles.Count; i++)
            {
                await ReadProfileAsync(batch, i, tenant, work, token).ConfigureAwait(false);
            }

            await ReadPresenceAsync(batch, tenant, work, token).ConfigureAwait(false);
            for (var i = 0; i < work.Calendars.Count; i++)
            {
                await ReadCalendarAsync(client, batch, i, tenant, request, work, token).ConfigureAwait(false);
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ContextLog.BatchTimedOut(_logger, _options.ContextTimeout);
            return false;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OperationCanceledException)
        {
            ContextLog.BatchFailed(_logger, error);
            return false;
        }
    }

    private async Task ReadProfileAsync(ContextBatch batch, int index, string tenant, ContextWork work, CancellationToken token)
    {
        var userId = work.Profiles[index];
        var (userStatus, user) = await batch.ReadAsync($"u{index}", User.CreateFromDiscriminatorValue, token).ConfigureAwait(false);
        var (managerStatus, manager) = await batch.ReadAsync($"m{index}", DirectoryObject.CreateFromDiscriminatorValue, token).ConfigureAwait(false);
        var (photoStatus, _) = await batch.ReadAsync($"p{index}", ProfilePhoto.CreateFromDiscriminatorValue, token).ConfigureAwait(false);
        if (userStatus == HttpStatusCode.NotFound)
        {
            _profiles.Set(ProfileKey(tenant, userId), null); // no such person: an answer too
            return;
        }

        var managerKnown = managerStatus is HttpStatusCode.OK or HttpStatusCode.NotFound;
        var photoKnown = photoStatus is HttpStatusCode.OK or HttpStatusCode.NotFound;
        var profile = GraphContextMapping.ToProfile(user, (manager as User)?.DisplayName, photoStatus == HttpStatusCode.OK, null);
        if (profile is null || !managerKnown || !photoKnown)
        {
            Failed(work, $"u{index}", profile is null ? userStatus : !managerKnown ? managerStatus : photoStatus);
            if (profile is not null)
            {
                work.PartialProfiles.Add(profile);
            }

            return;
        }

        _profiles.Set(ProfileKey(tenant, userId), profile);
    }

    private async Task ReadPresenceAsync(ContextBatch batch, string tenant, ContextWork work, CancellationToken token)
    {
        if (work.Presence.Count == 0)
        {
            return;
        }

        var (status, answer) = await batch.ReadAsync("presence", GetPresencesByUserIdPostResponse.CreateFromDiscriminatorValue, token).ConfigureAwait(false);
        if (answer?.Value is null)
        {
            Failed(work, "presence", status);
            return;
        }

        foreach (var userId in work.Presence)
        {
            var presence = answer.Value.FirstOrDefault(p => string.Equals(p.Id, userId, StringComparison.OrdinalIgnoreCase));
            _presence.Set(ProfileKey(tenant, userId), GraphContextMapping.ToPresence(presence?.Availability));
        }
    }

    private async Task ReadCalendarAsync(GraphServiceClient client, ContextBatch batch, int index, string tenant, PeopleContextRequest request, ContextWork work, CancellationToken token)
    {
        var userId = work.Calendars[index];
        var stepId = $"c{index}";
        var (status, page) = await batch.ReadAsync(stepId, EventCollectionResponse.CreateFromDiscriminatorValue, token).ConfigureAwait(false);
        if (status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // Outside the Exchange scope of this app (application access policy / RBAC for Applications) or no
            // mailbox: a lasting answer, not trouble — no meetings, remembered like a calendar.
            ContextLog.StepFailed(_logger, stepId, (int)status);
            _calendars.Set(CalendarKey(tenant, userId, request), []);
            return;
        }

        if (page?.Value is null)
        {
            Failed(work, stepId, status);
            return;
        }

        var meetings = page.Value.Select(e => GraphContextMapping.ToMeeting(e, userId)).OfType<Meeting>().ToList();
        if (await FollowPagesAsync(client, userId, page.OdataNextLink, meetings, token).ConfigureAwait(false))
        {
            _calendars.Set(CalendarKey(tenant, userId, request), meetings);
        }
        else
        {
            work.Degraded = true;
            work.PartialMeetings.AddRange(meetings); // shown, not cached
        }
    }

    /// <summary>Reads the calendar's further pages (at most <see cref="CalendarPageLimit"/> in all); false when cut short.</summary>
    private async Task<bool> FollowPagesAsync(GraphServiceClient client, string userId, string? next, List<Meeting> meetings, CancellationToken token)
    {
        var pages = 1;
        try
        {
            while (next is not null)
            {
                if (pages >= CalendarPageLimit)
                {
                    ContextLog.CalendarPagingStopped(_logger, userId, pages);
                    return false;
                }

                var more = await client.Users[userId].CalendarView.WithUrl(next)
                    .GetAsync(c => c.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), token).ConfigureAwait(false);
                meetings.AddRange((more?.Value ?? []).Select(e => GraphContextMapping.ToMeeting(e, userId)).OfType<Meeting>());
                next = more?.OdataNextLink;
                pages++;
            }

            return true;
        }
        catch (Exception error) when (!token.IsCancellationRequested && error is not OperationCanceledException)
        {
            ContextLog.CalendarPagingStopped(_logger, userId, pages);
            return false;
        }
    }

    private void Failed(ContextWork work, string stepId, HttpStatusCode status)
    {
        ContextLog.StepFailed(_logger, stepId, (int)status);
        work.Degraded = true;
    }
}
