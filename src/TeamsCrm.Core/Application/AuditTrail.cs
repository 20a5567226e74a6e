using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsCrm.Core.Audit;

namespace TeamsCrm.Core.Application;

/// <summary>Builds audit entries with compact JSON snapshots of the record before and after.</summary>
public sealed class AuditTrail(TimeProvider time)
{
    private static readonly JsonSerializerOptions SnapshotOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public AuditEntry Entry(Caller caller, string accountId, string action, string recordKind, string recordId, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new AuditEntry
        {
            Id = CrmIds.New(time),
            AccountId = accountId,
            Action = action,
            RecordKind = recordKind,
            RecordId = recordId,
            Actor = caller.AsPerson(),
            At = time.GetUtcNow(),
            Before = Snapshot(before),
            After = Snapshot(after),
        };
    }

    /// <summary>A record's compact JSON snapshot, as <see cref="AuditEntry.Before"/> and <see cref="AuditEntry.After"/> hold it.</summary>
    public static string? Snapshot(object? record) =>
        record is null ? null : JsonSerializer.Serialize(record, record.GetType(), SnapshotOptions);
}
