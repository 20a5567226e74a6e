namespace TeamsCrm.Analytics.Pipeline;

/// <summary>Deals won and lost (closed in the period); the rate is won ÷ (won + lost), null when none closed.</summary>
public sealed record WinRate(int Won, int Lost)
{
    public int Closed => Won + Lost;

    public double? Rate => Statistics.Descriptive.Rate(Won, Closed);
}
