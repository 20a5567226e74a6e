using System.ComponentModel.DataAnnotations;

namespace TeamsCrm.Analytics;

/// <summary>
/// The analytics' settings ("Analytics" section), validated at start: how often each tenant's deal score model is
/// retrained (<see cref="RetrainInterval"/>, 1 minute to 30 days) and the reporting currency that ranks money across
/// currencies (RFM's monetary value, the at-risk and call lists; amounts in other currencies without a rate are not
/// converted, see docs/analytics.md).
/// </summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetrainInterval { get; set; } = TimeSpan.FromDays(1);

    [Required]
    [RegularExpression("^[A-Z]{3}$")]
    public string ReportingCurrency { get; set; } = "EUR";

    public ExchangeRates Rates() => ExchangeRates.Only(ReportingCurrency);
}
