using System.Text.Json;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The stages a deal entered, read from its audit entries exactly as <see cref="FactProjection"/> would have written
/// them when each change happened: an entry without a before-snapshot (the deal's creation) enters the after-snapshot's
/// stage at its <c>CreatedAt</c>; an entry whose snapshots differ in stage enters the new stage at the after-snapshot's
/// <c>UpdatedAt</c>. The moments come from the snapshots (the record's own times), not from the entry's time, so the
/// stage rows get the same keys as the projection's. A deal without a creation entry (stored before the audit trail, or
/// seeded) entered its first known stage — the stage its first stage change left, else its current stage — at its
/// creation. Entries of other records, and snapshots without a readable stage, are ignored.
/// </summary>
public static class AuditStageHistory
{
    public static IReadOnlyList<StageChange> Of(Deal deal, IEnumerable<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(audit);
        var entered = new List<StageChange>();
        DealStage? firstLeft = null;
        var created = false;
        foreach (var entry in audit.Where(e => e.RecordKind == "Deal" && e.RecordId == deal.Id).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var after = Snapshot.Read(entry.After);
            if (after.Stage is not { } stage)
            {
                continue;
            }

            if (entry.Before is null)
            {
                entered.Add(new StageChange(stage, after.CreatedAt ?? deal.CreatedAt));
                created = true;
            }
            else if (Snapshot.Read(entry.Before).Stage is { } left && left != stage && after.UpdatedAt is { } at)
            {
                entered.Add(new StageChange(stage, at));
                firstLeft ??= left;
            }
        }

        if (!created)
        {
            entered.Add(new StageChange(firstLeft ?? deal.Stage, deal.CreatedAt));
        }

        return [.. entered.DistinctBy(e => e.EnteredAt.UtcTicks).OrderBy(e => e.EnteredAt)];
    }

    /// <summary>The three properties of a deal's JSON snapshot the history needs (see <see cref="Core.Application.AuditTrail"/>).</summary>
    private readonly record struct Snapshot(DealStage? Stage, DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt)
    {
        public static Snapshot Read(string? json)
        {
            if (string.IsNullOrEmpty(json))
            {
                return default;
            }

            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                return root.ValueKind != JsonValueKind.Object
                    ? default
                    : new Snapshot(StageOf(root), TimeOf(root, nameof(Deal.CreatedAt)), TimeOf(root, nameof(Deal.UpdatedAt)));
            }
            catch (JsonException)
            {
                return default;
            }
        }

        private static DealStage? StageOf(JsonElement root) =>
            root.TryGetProperty(nameof(Deal.Stage), out var value) && value.ValueKind == JsonValueKind.String
            && Enum.TryParse<DealStage>(value.GetString(), ignoreCase: false, out var stage) && Enum.IsDefined(stage)
                ? stage
                : null;

        private static DateTimeOffset? TimeOf(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var at) ? at : null;
    }
}
