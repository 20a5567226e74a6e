namespace TeamsCrm.Web.Tab.Resources;

/// <summary>The tab's texts (TabTexts.resx, TabTexts.de.resx), read through <c>IStringLocalizer&lt;TabTexts&gt;</c>.</summary>
public sealed class TabTexts;
