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
}
