using TeamsCrm.Core.Meetings;

namespace TeamsCrm.Storage.Mapping;

/// <summary>A logged meeting's mark: "m|{interactionId}", read by id (point read), never listed with the card.</summary>
internal static class LoggedMeetingMapping
{
    public static string RowKey(string interactionId) => StorageKeys.LoggedMeetingPrefix + interactionId;

    public static TableEntity ToEntity(string partitionKey, LoggedMeeting m) => new(partitionKey, RowKey(m.Id))
    {
        ["Id"] = m.Id,
        ["AccountId"] = m.AccountId,
        ["MeetingId"] = m.MeetingId,
        ["LoggedAt"] = m.LoggedAt,
    };

    public static LoggedMeeting FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        MeetingId = e.GetString("MeetingId"),
        LoggedAt = e.GetTime("LoggedAt"),
        Version = e.VersionOf(),
    };
}
