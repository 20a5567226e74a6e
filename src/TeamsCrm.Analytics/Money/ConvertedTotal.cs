namespace TeamsCrm.Analytics.Money;

/// <summary>A total in the reporting currency, and the currencies that could not be converted (left out of it).</summary>
public sealed record ConvertedTotal(string Currency, decimal Amount, IReadOnlyList<string> Unconverted)
{
    public bool IsComplete => Unconverted.Count == 0;
}
