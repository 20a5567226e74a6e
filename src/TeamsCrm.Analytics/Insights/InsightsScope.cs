namespace TeamsCrm.Analytics.Insights;

/// <summary>Whose figures an insights question asks for: the whole tenant, a team (a set of owners) or one person.</summary>
public enum InsightsScope
{
    Tenant,
    Team,
    Person,
}
