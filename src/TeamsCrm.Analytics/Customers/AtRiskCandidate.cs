using TeamsCrm.Core.Identity;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// A customer kept in the <see cref="AtRiskSnapshot"/>: its name and owner (read at the computation), its RFM score
/// (the quintiles among all the tenant's customers at the computation) and its totals, from which "going cold" and
/// the days since the last win are evaluated as of reading.
/// </summary>
public sealed record AtRiskCandidate(string Name, PersonRef Owner, RfmScore Rfm, CustomerTotals Totals);
