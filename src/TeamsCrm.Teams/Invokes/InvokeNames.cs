namespace TeamsCrm.Teams.Invokes;

/// <summary>Invoke activity names Teams sends.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string ComposeExtensionQuery = "composeExtension/query";
    public const string ComposeExtensionQueryLink = "composeExtension/queryLink";
    public const string ComposeExtensionAnonymousQueryLink = "composeExtension/anonymousQueryLink";
    public const string ComposeExtensionSelectItem = "composeExtension/selectItem";
    public const string ComposeExtensionFetchTask = "composeExtension/fetchTask";
    public const string ComposeExtensionSubmitAction = "composeExtension/submitAction";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
    public const string SignInVerifyState = "signin/verifyState";
    public const string SignInTokenExchange = "signin/tokenExchange";
}
