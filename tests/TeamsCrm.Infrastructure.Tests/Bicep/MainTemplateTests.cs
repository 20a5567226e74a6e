namespace TeamsCrm.Infrastructure.Tests.Bicep;

/// <summary>What the issue asks of the deployment, read from the compiled template.</summary>
public sealed class MainTemplateTests
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private static CompiledTemplate Template => CompiledTemplate.MainTemplate;

    [Fact]
    public void StorageAccount_SharedKeyAccess_IsDisabled()
    {
        var account = Assert.Single(Template.Resources("Microsoft.Storage/storageAccounts"));

        Assert.False((bool?)account["properties"]!["allowSharedKeyAccess"]);
        Assert.Equal("TLS1_2", (string?)account["properties"]!["minimumTlsVersion"]);
        Assert.Single(Template.Resources("Microsoft.Storage/storageAccounts/tableServices/tables"));
        Assert.Single(Template.Resources("Microsoft.Storage/storageAccounts/queueServices/queues"));
    }

    [Fact]
    public void WebApp_RunsDotNet10OnLinuxWithManagedIdentityAndHealthCheck()
    {
        var site = Assert.Single(Template.Resources("Microsoft.Web/sites"));
        var siteConfig = site["properties"]!["siteConfig"]!;

        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.Equal("/health", (string?)siteConfig["healthCheckPath"]);
        Assert.True((bool?)site["properties"]!["httpsOnly"]);
        Assert.True((bool?)Assert.Single(Template.Resources("Microsoft.Web/serverfarms"))["properties"]!["reserved"]);
    }

    [Fact]
    public void WebApp_AppSettings_HoldNoStorageKeysOrSecrets()
    {
        var settings = AppSettings();

        Assert.Contains("Storage__TableEndpoint", settings.Keys);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
        Assert.DoesNotContain(settings.Keys, name => name.Contains("ConnectionStrings", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(settings.Values, value => value.Contains("AccountKey", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(settings.Values, value => value.Contains("listKeys", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("[format('@Microsoft.KeyVault(", settings["Bot__ClientSecret"], StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(", settings["App__PhotoLinkKey"], StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(", settings["App__PreviousPhotoLinkKey"], StringComparison.Ordinal);
    }

    [Fact]
    public void WebApp_PublicBaseUrl_IsTheAppsHttpsHostName()
    {
        Assert.Equal("https://{0}.azurewebsites.net", FormatPattern(AppSettings()["App__PublicBaseUrl"]));
    }

    [Fact]
    public void WebApp_TabSignIn_AcceptsTheManifestsSsoResource()
    {
        // appPackage/manifest.json: webApplicationInfo.resource = api://${{BOT_DOMAIN}}/botid-${{BOT_ID}}.
        Assert.Equal("api://{0}.azurewebsites.net/botid-{1}", FormatPattern(AppSettings()["Entra__ApplicationIdUri"]));
        Assert.DoesNotContain("Entra__DevelopmentSignIn", AppSettings().Keys);
        // The cards' "Open in Teams tab" deep link needs the Teams app id (main.bicepparam reads TEAMS_APP_ID).
        Assert.Contains("App__TeamsAppId", AppSettings().Keys);
    }

    [Fact]
    public void WebApp_DelegatedGraph_SwitchedByParametersWithTheAppsOwnSecret()
    {
        // On-behalf-of needs a confidential client: the app's secret is set, never a managed identity for Graph.
        var settings = AppSettings();
        Assert.Contains("graphDelegated", settings["Graph__Delegated__Enabled"], StringComparison.Ordinal);
        Assert.Contains("graphAppOnlyCalendars", settings["Graph__Delegated__AppOnlyCalendars"], StringComparison.Ordinal);
        Assert.StartsWith("[format('@Microsoft.KeyVault(", settings["Graph__ClientSecret"], StringComparison.Ordinal);
        Assert.DoesNotContain("Graph__UseManagedIdentity", settings.Keys);
    }

    [Theory]
    [InlineData(StorageTableDataContributor)]
    [InlineData(StorageQueueDataContributor)]
    [InlineData(KeyVaultSecretsUser)]
    public void RoleAssignments_GiveTheManagedIdentity(string roleDefinitionId)
    {
        var roleDefinitions = Template.ResolvedStrings(
            "Microsoft.Authorization/roleAssignments",
            assignment => (string?)assignment["properties"]!["roleDefinitionId"]);

        Assert.Contains(roleDefinitions, definition => definition.Contains($"'{roleDefinitionId}'", StringComparison.Ordinal));
        Assert.All(
            Template.Resources("Microsoft.Authorization/roleAssignments"),
            assignment => Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]));
    }

    [Fact]
    public void Bot_IsSingleTenantWithTeamsChannel()
    {
        var bot = Assert.Single(Template.Resources("Microsoft.BotService/botServices"));
        var channel = Assert.Single(Template.Resources("Microsoft.BotService/botServices/channels"));

        Assert.Equal("SingleTenant", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("https://{0}/api/messages", FormatPattern((string?)bot["properties"]!["endpoint"]));
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
    }

    [Fact]
    public void Monitoring_AppInsightsIsWorkspaceBasedAndKeyVaultUsesRbac()
    {
        Assert.Single(Template.Resources("Microsoft.OperationalInsights/workspaces"));
        var insights = Assert.Single(Template.Resources("Microsoft.Insights/components"));
        var vault = Assert.Single(Template.Resources("Microsoft.KeyVault/vaults"));

        Assert.NotNull(insights["properties"]!["WorkspaceResourceId"]);
        Assert.True((bool?)vault["properties"]!["enableRbacAuthorization"]);
    }

    [Theory]
    [InlineData("BOT_ID")]
    [InlineData("BOT_DOMAIN")]
    [InlineData("AAD_APP_CLIENT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    public void Outputs_IncludeWhatTheManifestAndAzdNeed(string output)
    {
        Assert.NotNull(Template.Root["outputs"]![output]);
    }

    private static Dictionary<string, string> AppSettings()
    {
        var site = Assert.Single(Template.Resources("Microsoft.Web/sites"));
        return site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Select(setting => setting!.AsObject())
            .ToDictionary(setting => (string)setting["name"]!, setting => (string)setting["value"]!);
    }

    private static string? FormatPattern(string? armExpression) =>
        armExpression is null ? null : armExpression.Split('\'')[1];
}
