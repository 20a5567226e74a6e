namespace TeamsCrm.Web.Tab.Components;

/// <summary>The tab's page of an account (its workspace).</summary>
public static class AccountLink
{
    public static string For(string accountId) => "/tab/accounts/" + Uri.EscapeDataString(accountId);
}
