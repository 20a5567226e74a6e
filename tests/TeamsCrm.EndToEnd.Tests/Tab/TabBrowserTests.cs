namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>The browser tests share one app, Playground and Chromium (starting them takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class TabBrowserTests : ICollectionFixture<TabBrowserFixture>
{
    public const string Name = "Tab in Chromium";
}
