using System.Globalization;

namespace TeamsCrm.Storage.Keys;

/// <summary>
/// Partition and row keys. Every partition key begins with the tenant id, so no key and no query
/// can reach another tenant's data. An account partition holds the account and everything that
/// belongs to it; row-key prefixes group kinds so the customer card is three range queries of one
/// partition ("c0".."c4": account, contacts, deals, handoffs, shares; "f|": comments newest first;
/// "i|": interactions newest first). "m|" marks logged meetings, read by id only.
/// </summary>
public static class StorageKeys
{
    public const string Account = "c0|account";
    public const string ContactPrefix = "c1|contact|";
    public const string DealPrefix = "c2|deal|";
    public const string HandoffPrefix = "c3|handoff|";
    public const string SharePrefix = "c4|share|";
    public const string CoreStart = "c0";
    public const string CoreEnd = "c5";
    public const string CommentPrefix = "f|";
    public const string InteractionPrefix = "i|";
    public const string LoggedMeetingPrefix = "m|";
    public const string TaskPrefix = "t|";
    public const string NotificationPrefix = "n|";
    public const string OutboxPrefix = "x|";
    public const string AuditPrefix = "z|";

    public static string AccountPartition(string tenantId, string accountId) => $"{Checked(tenantId)}|{Checked(accountId)}";

    public static string NameIndexPartition(string tenantId) => $"{Checked(tenantId)}|name";

    /// <summary>Deal titles by every word (in the name shards, like account names: the partition ends with "|name").</summary>
    public static string DealNameIndexPartition(string tenantId) => $"{Checked(tenantId)}|deal|name";

    /// <summary>Contact names by every word (in the name shards).</summary>
    public static string ContactNameIndexPartition(string tenantId) => $"{Checked(tenantId)}|contact|name";

    /// <summary>Every account's name and owner by account id (row key): what a search preview shows of an account.</summary>
    public static string AccountSummaryPartition(string tenantId) => $"{Checked(tenantId)}|accounts";

    public static string PersonalPartition(string tenantId, string userId) => $"{Checked(tenantId)}|user|{Checked(userId)}";

    public static string PartnerPartition(string tenantId, string organizationId) => $"{Checked(tenantId)}|partner|{Checked(organizationId)}";

    public static string ChannelsPartition(string tenantId) => $"{Checked(tenantId)}|channels";

    public static string DuePartition(string tenantId) => $"{Checked(tenantId)}|due";

    public static string ProductsPartition(string tenantId) => $"{Checked(tenantId)}|products";

    /// <summary>A tenant's analytics facts (deal and account rows) in the "Facts" table.</summary>
    public static string FactsPartition(string tenantId) => $"{Checked(tenantId)}|facts";

    /// <summary>A tenant's pipeline summary (its header and chunks) in the "Facts" table.</summary>
    public static string SummaryPartition(string tenantId) => $"{Checked(tenantId)}|summary";

    public static string PartnersPartition(string tenantId) => $"{Checked(tenantId)}|partners";

    /// <summary>Newest first: row keys sort ascending, so later times get smaller keys.</summary>
    public static string Inverted(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The exclusive upper bound of a prefix range ('~' sorts after every character keys use).</summary>
    public static string PrefixEnd(string prefix) => prefix + "~";

    /// <summary>
    /// Rejects characters Table Storage forbids in keys ('/', '\', '#', '?', control characters) and
    /// our separator '|', so an id can never address another partition.
    /// </summary>
    public static string Checked(string value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 200 || value.Any(c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c)))
        {
            throw new ArgumentException($"'{value}' cannot be part of a storage key.", nameof(value));
        }

        return value;
    }

    /// <summary>The rows of one partition whose row keys lie in [<paramref name="fromInclusive"/>, <paramref name="toExclusive"/>).</summary>
    public static string Filter(string partitionKey, string fromInclusive, string toExclusive) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {fromInclusive} and RowKey lt {toExclusive}");

    /// <summary>Every row of one partition.</summary>
    public static string Filter(string partitionKey) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
}
