namespace TeamsCrm.Web.Tab.Resources;

/// <summary>
/// The texts of the tab's charts and insights pages (InsightsTexts.resx, InsightsTexts.de.resx), read through
/// <c>IStringLocalizer&lt;InsightsTexts&gt;</c>.
/// </summary>
public sealed class InsightsTexts;
