using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Common;

/// <summary>The shape of product references (line items, product tags); whether they exist is the catalog's to say.</summary>
public sealed partial class InputCheck
{
    public const int MaxLineItems = 50;
    public const int MaxProductTags = 20;
    public const decimal MaxQuantity = 1_000_000m;

    public InputCheck LineItems(string field, IReadOnlyList<DealLineItem>? lines)
    {
        if (lines is null)
        {
            return this;
        }

        Count(field, lines, MaxLineItems);
        for (var i = 0; i < lines.Count && i < MaxLineItems; i++)
        {
            var line = lines[i];
            var at = $"{field}[{i}]";
            Id($"{at}.productId", line?.ProductId);
            if (line is null)
            {
                continue;
            }

            if (line.Quantity <= 0 || line.Quantity > MaxQuantity)
            {
                _errors.Add(new FieldError($"{at}.quantity", ErrorCodes.OutOfRange, (long)MaxQuantity));
            }

            Amount($"{at}.unitPrice", line.UnitPrice);
        }

        return this;
    }

    public InputCheck ProductTags(string field, IReadOnlyList<string>? productIds)
    {
        if (productIds is null)
        {
            return this;
        }

        Count(field, productIds, MaxProductTags);
        for (var i = 0; i < productIds.Count && i < MaxProductTags; i++)
        {
            Id($"{field}[{i}]", productIds[i]);
        }

        return this;
    }
}
