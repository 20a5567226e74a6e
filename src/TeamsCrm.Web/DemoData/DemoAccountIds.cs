using System.Security.Cryptography;
using System.Text;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// The id of a demo company's account, the same in every instance and every run: shaped like a CRM id (GUID
/// version 7, "N" format) with a fixed time and the rest derived from the tenant and the company's name. Two
/// seeders that start at once therefore insert the same account row, and the second one's transaction fails
/// as a whole instead of creating a duplicate company. Only for demo data: real ids stay random.
/// </summary>
internal static class DemoAccountIds
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string For(string tenantId, int index, string companyName)
    {
        Span<byte> bytes = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"teamscrm-demo|{tenantId}|{companyName}"), bytes);
        var milliseconds = Epoch.AddMinutes(index).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return Convert.ToHexStringLower(bytes[..16]);
    }
}
