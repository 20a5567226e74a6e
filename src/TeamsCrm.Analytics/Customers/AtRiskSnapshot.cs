namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// The customers at risk as computed with the customer summary (<see cref="ComputedAt"/>): every customer that can be
/// among the <see cref="CustomerInsightsService.MaxTake"/> first of the list on any day of the <see cref="WindowDays"/>
/// after it (<see cref="AtRiskRanking.Candidates"/>), with its name, owner and RFM score. Reading it ranks those few
/// as of the reader's moment (<see cref="As"/>): going cold and the days since the last win are judged then, so the
/// list stays right between refreshes; the RFM scores and segments are the computation's.
/// <see cref="CustomersAssessed"/> counts the customers scored.
/// </summary>
public sealed record AtRiskSnapshot(DateTimeOffset ComputedAt, int CustomersAssessed, string ReportingCurrency, IReadOnlyList<AtRiskCandidate> Candidates)
{
    /// <summary>How many days after <see cref="ComputedAt"/> the snapshot answers exactly.</summary>
    public const int WindowDays = 7;

    /// <summary>Whether the snapshot answers for <paramref name="asOf"/>: up to the window's end (a reader whose clock is a little behind the computing instance's is answered too).</summary>
    public bool Answers(DateTimeOffset asOf) => asOf <= ComputedAt.AddDays(WindowDays);

    /// <summary>The list as of <paramref name="asOf"/>, at most <paramref name="top"/> customers.</summary>
    public AtRiskCustomers As(DateTimeOffset asOf, int top) =>
        new(asOf, ComputedAt, CustomersAssessed, ReportingCurrency, AtRiskRanking.Rank(Candidates, asOf, top));
}
