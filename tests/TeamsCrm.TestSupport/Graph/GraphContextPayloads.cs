using System.Text.Json.Nodes;

namespace TeamsCrm.TestSupport.Graph;

/// <summary>
/// Graph v1.0's documented shapes for the card context: profilePhoto metadata, the getPresencesByUserId
/// answer (a collection of presence), and calendarView pages of events (dateTimeTimeZone start/end,
/// organizer and attendees as emailAddress) with @odata.nextLink.
/// </summary>
public static class GraphContextPayloads
{
    public static JsonObject Photo(string userId) => new()
    {
        ["@odata.context"] = $"{GraphPayloads.Context}#users('{userId}')/photos/$entity",
        ["@odata.mediaContentType"] = "image/jpeg",
        ["@odata.mediaEtag"] = "\"BA09D118\"",
        ["id"] = "64x64",
        ["height"] = 64,
        ["width"] = 64,
    };

    public static JsonObject Presences(params (string UserId, string Availability, string Activity)[] people) => new()
    {
        ["@odata.context"] = $"{GraphPayloads.Context}#Collection(microsoft.graph.presence)",
        ["value"] = new JsonArray([.. people.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.UserId,
            ["availability"] = p.Availability,
            ["activity"] = p.Activity,
        })]),
    };

    public static JsonObject Event(string iCalUId, string subject, DateTimeOffset start, TimeSpan length, (string Name, string Address) organizer, params (string Name, string Address)[] attendees) => new()
    {
        ["@odata.etag"] = "W/\"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw==\"",
        ["id"] = $"AAMkAGI2TG93AAA={iCalUId}",
        ["iCalUId"] = iCalUId,
        ["subject"] = subject,
        ["isCancelled"] = false,
        ["sensitivity"] = "normal",
        ["start"] = new JsonObject { ["dateTime"] = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.0000000", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = (start + length).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.0000000", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
        ["organizer"] = new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = organizer.Name, ["address"] = organizer.Address } },
        ["attendees"] = new JsonArray([.. attendees.Select(a => (JsonNode)new JsonObject
        {
            ["type"] = "required",
            ["status"] = new JsonObject { ["response"] = "accepted", ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = new JsonObject { ["name"] = a.Name, ["address"] = a.Address },
        })]),
    };

    /// <summary>A calendarView page; with <paramref name="nextLink"/> when more pages follow.</summary>
    public static JsonObject CalendarPage(string userId, string? nextLink, params JsonObject[] events)
    {
        var page = new JsonObject
        {
            ["@odata.context"] = $"{GraphPayloads.Context}#users('{userId}')/calendarView(iCalUId,subject,start,end,organizer,attendees,isCancelled,sensitivity)",
            ["value"] = new JsonArray([.. events.Select(e => (JsonNode)e)]),
        };
        if (nextLink is not null)
        {
            page["@odata.nextLink"] = nextLink;
        }

        return page;
    }
}
