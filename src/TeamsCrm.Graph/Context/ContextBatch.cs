using System.Globalization;
using Microsoft.Graph.Communications.GetPresencesByUserId;
using Microsoft.Graph.Users.Item.CalendarView;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace TeamsCrm.Graph.Context;

/// <summary>
/// The Graph requests of one card as one JSON $batch: per person their user ($select of what the card
/// shows), manager (displayName) and 64×64 photo metadata; one getPresencesByUserId for everyone; one
/// calendarView per calendar (attendees, UTC times). Each step's answer is read on its own, so one failed
/// step degrades only its part.
/// </summary>
internal sealed class ContextBatch(GraphServiceClient client)
{
    /// <summary>Graph's limit of requests in one $batch.</summary>
    public const int StepLimit = 20;

    public const string PhotoSize = "64x64";
    public const int CalendarPageSize = 100;

    public static readonly string[] UserSelect = ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "department", "userType", "externalUserState"];
    public static readonly string[] ManagerSelect = ["id", "displayName"];
    public static readonly string[] EventSelect = ["iCalUId", "subject", "start", "end", "organizer", "attendees", "isCancelled", "sensitivity"];

    private readonly BatchRequestContentCollection _batch = new(client, StepLimit);
    private BatchResponseContentCollection? _responses;

    public int Count { get; private set; }

    public async Task AddPersonAsync(int index, string userId)
    {
        await AddAsync(client.Users[userId].ToGetRequestInformation(c => c.QueryParameters.Select = UserSelect), $"u{index}").ConfigureAwait(false);
        await AddAsync(client.Users[userId].Manager.ToGetRequestInformation(c => c.QueryParameters.Select = ManagerSelect), $"m{index}").ConfigureAwait(false);
        await AddAsync(client.Users[userId].Photos[PhotoSize].ToGetRequestInformation(), $"p{index}").ConfigureAwait(false);
    }

    public Task AddPresenceAsync(IReadOnlyList<string> userIds) =>
        AddAsync(client.Communications.GetPresencesByUserId.ToPostRequestInformation(new GetPresencesByUserIdPostRequestBody { Ids = [.. userIds] }), "presence");

    public Task AddCalendarAsync(int index, string userId, DateTimeOffset from, DateTimeOffset to) =>
        AddAsync(client.Users[userId].CalendarView.ToGetRequestInformation(CalendarQuery(from, to)), $"c{index}");

    /// <summary>A calendarView request's query and headers: the window, what a meeting needs, UTC times, in start order.</summary>
    public static Action<RequestConfiguration<CalendarViewRequestBuilder.CalendarViewRequestBuilderGetQueryParameters>> CalendarQuery(DateTimeOffset from, DateTimeOffset to) => c =>
    {
        c.QueryParameters.StartDateTime = from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        c.QueryParameters.EndDateTime = to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        c.QueryParameters.Select = EventSelect;
        c.QueryParameters.Top = CalendarPageSize;
        c.QueryParameters.Orderby = ["start/dateTime"];
        c.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
    };

    public async Task SendAsync(CancellationToken cancellationToken) =>
        _responses = await client.Batch.PostAsync(_batch, cancellationToken).ConfigureAwait(false);

    /// <summary>The step's parsed body; (status, null) for a non-success status, a missing step or a malformed body.</summary>
    public async Task<(HttpStatusCode Status, T? Value)> ReadAsync<T>(string stepId, ParsableFactory<T> factory, CancellationToken cancellationToken)
        where T : IParsable
    {
        using var response = _responses is null ? null : await _responses.GetResponseByIdAsync(stepId).ConfigureAwait(false);
        if (response is null)
        {
            return (HttpStatusCode.BadGateway, default);
        }

        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, default);
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var value = await KiotaJsonSerializer.DeserializeAsync(stream, factory, cancellationToken).ConfigureAwait(false);
            return value is null ? (HttpStatusCode.BadGateway, default) : (response.StatusCode, value);
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return (HttpStatusCode.BadGateway, default); // malformed: counted as a failed step
        }
    }

    private async Task AddAsync(Microsoft.Kiota.Abstractions.RequestInformation request, string stepId)
    {
        await _batch.AddBatchRequestStepAsync(request, stepId).ConfigureAwait(false);
        Count++;
    }
}
