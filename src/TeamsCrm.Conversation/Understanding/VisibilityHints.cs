namespace TeamsCrm.Conversation.Understanding;

/// <summary>Words that make a comment visible to partners: "shared", "for partners", "geteilt", "für Partner" (optionally in brackets).</summary>
internal static class VisibilityHints
{
    public static readonly Regex Shared = MatchText.Compile(
        "[(\\[]?(?<=^|[ (\\[])(shared( with (the )?partners?)?|visible (to|for) partners?|for (the )?partners?|with partners?|" +
        "geteilte[nrs]?|geteilt|(für|fuer) (den |die )?partner(n|organisationen)?( sichtbar)?|mit (den )?partnern?( geteilt)?|sichtbar für partner)(?= |$|[)\\]])[)\\]]?");
}
