using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>One step of the cohort's conversion: of the deals that reached <see cref="From"/>, how many reached <see cref="To"/> or later; the rate as a fraction.</summary>
public sealed record StageConversionResource(DealStage From, DealStage To, int Reached, int Advanced, double? Rate)
{
    public static StageConversionResource Of(StageConversion step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.From, step.To, step.Reached, step.Advanced, step.Rate);
    }
}
