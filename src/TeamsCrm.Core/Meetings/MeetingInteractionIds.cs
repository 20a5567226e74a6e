using System.Security.Cryptography;
using System.Text;

namespace TeamsCrm.Core.Meetings;

/// <summary>
/// The interaction id of a logged meeting, derived from tenant, account and meeting id (a name-based UUID, version 8):
/// logging the same meeting again addresses the same record, so it exists once however often it is logged.
/// </summary>
public static class MeetingInteractionIds
{
    public static string For(string tenantId, string accountId, string meetingId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}|{accountId}|meeting|{meetingId}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8 (custom)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
