using System.Text.Json;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Analytics.Facts;

/// <summary>
/// Core's records as facts. A deal's stage history and close time come from its audit entries ("Created" and
/// "StageChanged", whose snapshots carry the stage by name); a deal closes at its <see cref="Deal.ClosedAt"/>, else
/// (closed before that was recorded) at its closing audit entry, else at its last update. An account's size band is its segment (Core's free text, e.g. "SMB" or "Enterprise") and its country the
/// postal address's. A deal's products are its line items with the catalog's family and unit cost (<see cref="ToLines"/>).
/// </summary>
public static class FactMapper
{
    public static DealFact ToFact(Deal deal, IEnumerable<AuditEntry> dealAudit, IReadOnlyList<ProductLine>? products = null)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(dealAudit);
        var history = dealAudit
            .Where(e => e.RecordKind == "Deal" && e.RecordId == deal.Id && e.Action is "Created" or "StageChanged")
            .Select(e => (e.At, Stage: StageOf(e.After)))
            .Where(e => e.Stage is not null)
            .OrderBy(e => e.At)
            .Select(e => new StageChange(e.Stage!.Value, e.At))
            .ToList();
        var closedAt = deal.IsOpen
            ? (DateTimeOffset?)null
            : deal.ClosedAt ?? history.LastOrDefault(h => h.Stage == deal.Stage)?.EnteredAt ?? deal.UpdatedAt;
        return new DealFact
        {
            Id = deal.Id,
            AccountId = deal.AccountId,
            OwnerId = deal.Owner.UserId,
            Title = deal.Title,
            Stage = deal.Stage,
            Amount = deal.Amount,
            Currency = deal.Currency,
            Probability = deal.Probability,
            CreatedAt = deal.CreatedAt,
            ClosedAt = closedAt,
            ExpectedCloseDate = deal.ExpectedCloseDate,
            Products = products ?? [],
            StageHistory = history,
        };
    }

    /// <summary>A deal's line items as product lines: amount = quantity × unit price; family and cost from the catalog ("Unknown", no cost, when a product is gone).</summary>
    public static IReadOnlyList<ProductLine> ToLines(IReadOnlyList<DealLineItem> lines, IReadOnlyDictionary<string, Product> catalog)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. lines.Select(l => catalog.TryGetValue(l.ProductId, out var product)
            ? new ProductLine(l.ProductId, product.Family, l.Total, product.UnitCost * l.Quantity)
            : new ProductLine(l.ProductId, "Unknown", l.Total))];
    }

    public static InteractionFact ToFact(Interaction interaction, IReadOnlyList<string>? productIds = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return new InteractionFact
        {
            AccountId = interaction.AccountId,
            ContactId = interaction.ContactId,
            Channel = interaction.Channel,
            Direction = interaction.Direction,
            OccurredAt = interaction.OccurredAt,
            ProductIds = productIds ?? [],
        };
    }

    public static AccountFact ToFact(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountFact
        {
            Id = account.Id,
            Industry = account.Industry,
            SizeBand = account.Segment,
            Country = account.Address.Country,
        };
    }

    private static DealStage? StageOf(string? snapshot)
    {
        if (string.IsNullOrEmpty(snapshot))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(snapshot);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(nameof(Deal.Stage), out var value)
                && value.ValueKind == JsonValueKind.String
                && Enum.TryParse<DealStage>(value.GetString(), ignoreCase: false, out var stage)
                && Enum.IsDefined(stage)
                    ? stage
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
