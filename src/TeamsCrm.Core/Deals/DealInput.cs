namespace TeamsCrm.Core.Deals;

/// <summary>
/// The editable fields of a deal. The stage changes only through <see cref="DealService.ChangeStageAsync"/>. Null
/// <see cref="LineItems"/> keeps the deal's lines (none for a new deal); an empty list removes them.
/// </summary>
public sealed record DealInput(
    string Title,
    decimal Amount,
    string Currency = "EUR",
    int? Probability = null,
    DateOnly? ExpectedCloseDate = null,
    string? Source = null,
    PersonRef? Owner = null,
    IReadOnlyList<DealLineItem>? LineItems = null)
{
    public CrmError? Validate() => new InputCheck()
        .Required("title", Title, FieldLimits.Name)
        .Amount("amount", Amount)
        .Currency("currency", Currency)
        .Range("probability", Probability ?? 0, 0, 100)
        .Optional("source", Source, FieldLimits.ShortText)
        .Optional("owner.displayName", Owner?.DisplayName, FieldLimits.PersonName)
        .LineItems("lineItems", LineItems)
        .ToError();

    public Deal ApplyTo(Deal deal, DateTimeOffset now) => deal with
    {
        Title = Title.Trim(),
        Amount = Amount,
        Currency = Currency,
        Probability = Probability ?? deal.Probability,
        ExpectedCloseDate = ExpectedCloseDate,
        Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
        Owner = Owner ?? deal.Owner,
        LineItems = LineItems ?? deal.LineItems,
        UpdatedAt = now,
    };
}
