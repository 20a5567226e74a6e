using TeamsCrm.Web.Tab.Components;

namespace TeamsCrm.Web.Tests.Tab;

/// <summary>After sign-in the person goes back to a tab page of this app, never elsewhere.</summary>
public sealed class TabReturnUrlTests
{
    [Theory]
    [InlineData("/tab/accounts/0190f5c2aa", "/tab/accounts/0190f5c2aa")]
    [InlineData("/tab/configure?theme=dark", "/tab/configure?theme=dark")]
    [InlineData(null, "/tab/me")]
    [InlineData("", "/tab/me")]
    [InlineData("https://evil.example/tab/", "/tab/me")]
    [InlineData("//evil.example/tab/", "/tab/me")]
    [InlineData("/\\evil.example", "/tab/me")]
    [InlineData("/tab/\\\\evil.example", "/tab/me")]
    [InlineData("/health", "/tab/me")]
    public void SafeOrDefault_OnlyTabPagesOfThisApp(string? url, string expected) =>
        Assert.Equal(expected, TabReturnUrl.SafeOrDefault(url));
}
