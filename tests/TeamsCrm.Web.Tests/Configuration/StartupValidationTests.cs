namespace TeamsCrm.Web.Tests.Configuration;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("", "http://plain-http.example")]
    public void Start_InvalidStorageSettings_RefusesToStart(string connectionString, string tableEndpoint)
    {
        using var factory = new CrmWebFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TableEndpoint"] = tableEndpoint,
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Storage:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Analytics:RetrainInterval", "00:00:10")]
    [InlineData("Analytics:RetrainInterval", "31.00:00:00")]
    [InlineData("Analytics:ReportingCurrency", "euro")]
    public void Start_InvalidAnalyticsSettings_RefusesToStartNamingTheSetting(string setting, string value)
    {
        using var factory = new CrmWebFactory(new Dictionary<string, string?> { [setting] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(setting.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}
