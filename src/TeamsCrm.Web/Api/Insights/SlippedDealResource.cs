namespace TeamsCrm.Web.Api.Insights;

/// <summary>One slipped deal: ids to link to, its title (empty for facts from before titles), its owner, the expected close day it missed, whole days overdue, and its amount.</summary>
public sealed record SlippedDealResource(string DealId, string AccountId, string Title, string OwnerId, DateOnly ExpectedCloseDate, int DaysOverdue, MoneyResource Amount);
