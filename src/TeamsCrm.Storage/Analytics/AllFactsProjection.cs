using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Every analytics fact row a record change writes, in the same outbox entry as its index operations: the deal and
/// account rows (<see cref="FactProjection"/>) and the interaction rows (<see cref="InteractionFactProjection"/>). The
/// commit and the backfill both go through here, so a new kind of fact is added in one place.
/// </summary>
public static class AllFactsProjection
{
    public static IReadOnlyList<IndexOperation> For(CrmTables tables, string tenantId, RecordChange change) =>
        [.. FactProjection.For(tables, tenantId, change), .. InteractionFactProjection.For(tables, tenantId, change)];
}
