using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// How urgent a call about an open deal is, as of a day: chance to win × value × boosts. The value is the amount in the
/// reporting currency, or its face value when the rate table has no rate for its currency (it only ranks, it is never
/// added). Boosts: the expected close date has passed ×1.5, or it is within 14 days ×1.25; the account going cold ×1.25.
/// </summary>
public static class CallPriority
{
    public const int ClosingSoonDays = 14;

    public static (double Priority, IReadOnlyList<CallReason> Reasons) Of(CallCandidate candidate, DateTimeOffset asOf, ExchangeRates rates)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(rates);
        var value = (double)(rates.TryConvert(candidate.Amount, candidate.Currency) ?? candidate.Amount);
        var reasons = new List<CallReason>
        {
            new(CallReasonKind.Value, Percent: (int)Math.Round(100 * candidate.Probability), Amount: candidate.Amount, Currency: candidate.Currency),
        };
        var boost = 1.0;
        var today = AnalyticsPeriod.UtcDay(asOf);
        if (candidate.ExpectedCloseDate is { } close)
        {
            var days = close.DayNumber - today.DayNumber;
            if (days < 0)
            {
                boost *= 1.5;
                reasons.Insert(0, new CallReason(CallReasonKind.Slipping, -days));
            }
            else if (days <= ClosingSoonDays)
            {
                boost *= 1.25;
                reasons.Insert(0, new CallReason(CallReasonKind.ClosingSoon, days));
            }
        }

        if (candidate.Account is { } account && CustomerFigures.Cooling(account, asOf) is { IsCold: true } cooling)
        {
            boost *= 1.25;
            reasons.Add(new CallReason(CallReasonKind.Cooling, cooling.DaysSinceLastTouch, cooling.MedianGapDays));
        }

        return (candidate.Probability * value * boost, reasons);
    }
}
