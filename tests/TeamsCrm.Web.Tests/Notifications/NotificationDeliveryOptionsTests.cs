namespace TeamsCrm.Web.Tests.Notifications;

/// <summary>The delivery settings: the crash switch only where tests run, and the retry schedule.</summary>
public sealed class NotificationDeliveryOptionsTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Development", true)]
    [InlineData("Test", true)]
    public void CrashAfterHandoffCommit_AllowedOnlyInDevelopmentAndTest(string environmentName, bool allowed)
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.EnvironmentName).Returns(environmentName);
        var validation = new NotificationFaultInjectionValidation(environment.Object);

        var result = validation.Validate(null, new NotificationDeliveryOptions { CrashAfterHandoffCommit = true });

        Assert.Equal(allowed, result.Succeeded);
        Assert.True(validation.Validate(null, new NotificationDeliveryOptions()).Succeeded);
    }

    [Theory]
    [InlineData(1, 0.0, 2.5)]
    [InlineData(1, 1.0, 5)]
    [InlineData(2, 1.0, 10)]
    [InlineData(5, 1.0, 80)]
    [InlineData(20, 1.0, 3600)]
    [InlineData(20, 0.0, 1800)]
    public void Backoff_DoublesFromTheBaseDelay_CappedAndJittered(int attempts, double jitter, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), NotificationBackoff.After(attempts, new NotificationDeliveryOptions(), jitter));
    }
}
