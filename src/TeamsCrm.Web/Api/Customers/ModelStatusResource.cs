using System.Globalization;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Web.Api.Customers;

/// <summary>The deal score model's quality (admins): trained at, closed deals used (won, lost), AUC on the held-out deals, or how many more closed deals the cold start needs.</summary>
public sealed record ModelStatusResource(
    bool IsRuleBased,
    DateTimeOffset TrainedAt,
    int ClosedDeals,
    int Won,
    int Lost,
    double? Auc,
    int HeldOutDeals,
    int MoreClosedDealsNeeded,
    string Description)
{
    public static ModelStatusResource From(ModelStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var quality = status.Quality;
        return new(
            status.IsRuleBased,
            status.TrainedAt,
            quality.ClosedDeals,
            quality.Won,
            quality.Lost,
            quality.Auc is { } auc ? Math.Round(auc, 3) : null,
            quality.HeldOutDeals,
            status.MoreClosedDealsNeeded,
            status.Describe(CultureInfo.CurrentUICulture));
    }
}
