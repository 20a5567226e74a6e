using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Storage.Mapping;

/// <summary>Maps every Core record of an account partition to its table entity and back.</summary>
internal static class RecordMapper
{
    public static TableEntity ToEntity(string partitionKey, object record) => record switch
    {
        Account a => AccountMapping.ToEntity(partitionKey, a),
        Contact c => ContactMapping.ToEntity(partitionKey, c),
        Deal d => DealMapping.ToEntity(partitionKey, d),
        Handoff h => HandoffMapping.ToEntity(partitionKey, h),
        Share s => ShareMapping.ToEntity(partitionKey, s),
        Comment c => CommentMapping.ToEntity(partitionKey, c),
        Interaction i => InteractionMapping.ToEntity(partitionKey, i),
        LoggedMeeting m => LoggedMeetingMapping.ToEntity(partitionKey, m),
        FollowUpTask t => FollowUpTaskMapping.ToEntity(partitionKey, t),
        AuditEntry a => AuditMapping.ToEntity(partitionKey, a),
        _ => throw new NotSupportedException($"{record.GetType().Name} is not stored in an account partition."),
    };

    /// <summary>The version (ETag) a record was read with; updates and deletes are conditional on it.</summary>
    public static string? VersionOf(object record) => (record as VersionedRecord)?.Version;

    /// <summary>The row key of the record with this id, for the kinds that can be read by id.</summary>
    public static string RowKeyFor<T>(string recordId) => typeof(T).Name switch
    {
        nameof(Contact) => ContactMapping.RowKey(recordId),
        nameof(Deal) => DealMapping.RowKey(recordId),
        nameof(Handoff) => HandoffMapping.RowKey(recordId),
        nameof(Share) => ShareMapping.RowKey(recordId),
        nameof(Comment) => CommentMapping.RowKey(recordId),
        nameof(FollowUpTask) => FollowUpTaskMapping.RowKey(recordId),
        nameof(LoggedMeeting) => LoggedMeetingMapping.RowKey(recordId),
        _ => throw new NotSupportedException($"{typeof(T).Name} cannot be read by id."),
    };

    /// <summary>The row-key prefix under which all records of a kind are stored.</summary>
    public static string PrefixFor<T>() => typeof(T).Name switch
    {
        nameof(Contact) => StorageKeys.ContactPrefix,
        nameof(Deal) => StorageKeys.DealPrefix,
        nameof(Handoff) => StorageKeys.HandoffPrefix,
        nameof(Share) => StorageKeys.SharePrefix,
        nameof(Comment) => StorageKeys.CommentPrefix,
        nameof(Interaction) => StorageKeys.InteractionPrefix,
        nameof(FollowUpTask) => StorageKeys.TaskPrefix,
        nameof(AuditEntry) => StorageKeys.AuditPrefix,
        _ => throw new NotSupportedException($"{typeof(T).Name} cannot be listed."),
    };

    public static T FromEntity<T>(TableEntity entity)
        where T : class => (T)FromEntity(entity);

    /// <summary>Reads an entity of an account partition, choosing the record kind from its row key.</summary>
    public static object FromEntity(TableEntity entity)
    {
        var rowKey = entity.RowKey;
        if (rowKey == StorageKeys.Account) return AccountMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.ContactPrefix, StringComparison.Ordinal)) return ContactMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.DealPrefix, StringComparison.Ordinal)) return DealMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.HandoffPrefix, StringComparison.Ordinal)) return HandoffMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.SharePrefix, StringComparison.Ordinal)) return ShareMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.CommentPrefix, StringComparison.Ordinal)) return CommentMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.InteractionPrefix, StringComparison.Ordinal)) return InteractionMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.LoggedMeetingPrefix, StringComparison.Ordinal)) return LoggedMeetingMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.TaskPrefix, StringComparison.Ordinal)) return FollowUpTaskMapping.FromEntity(entity);
        if (rowKey.StartsWith(StorageKeys.AuditPrefix, StringComparison.Ordinal)) return AuditMapping.FromEntity(entity);
        throw new InvalidDataException($"Unknown row key '{rowKey}'.");
    }
}
