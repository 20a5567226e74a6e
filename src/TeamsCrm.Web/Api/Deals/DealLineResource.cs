using System.Text.Json.Serialization;
using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Web.Api.Deals;

/// <summary>A product on a deal: its catalog id, the quantity and the unit price in the deal's currency (absent for partners: prices are internal).</summary>
public sealed record DealLineResource(
    string ProductId,
    decimal Quantity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? UnitPrice)
{
    public static DealLineResource From(DealLineView line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(line.ProductId, line.Quantity, line.UnitPrice);
    }
}
