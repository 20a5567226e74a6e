namespace TeamsCrm.Infrastructure.Tests.Bicep;

/// <summary><c>bicep build</c> and <c>bicep lint</c> must report zero errors and zero warnings.</summary>
public sealed class BicepDiagnosticsTests
{
    [Fact]
    public void Build_MainTemplate_ReportsNoDiagnostics()
    {
        var result = CompiledTemplate.MainTemplate.Build;

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("lint", "main.bicep")]
    [InlineData("build-params", "main.bicepparam")]
    [InlineData("lint", "main.bicepparam")]
    public void Command_InfraFile_ReportsNoDiagnostics(string command, string file)
    {
        var arguments = command.StartsWith("build", StringComparison.Ordinal)
            ? new[] { command, BicepCli.InfraPath(file), "--stdout" }
            : new[] { command, BicepCli.InfraPath(file) };

        var result = BicepCli.Run(BicepCli.SampleAzdEnvironment, arguments);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void BuildParams_WithoutBotAppId_FailsBeforeDeploying()
    {
        var environment = BicepCli.SampleAzdEnvironment.ToDictionary(pair => pair.Key, pair => pair.Value);
        environment["BOT_APP_ID"] = null;

        var result = BicepCli.Run(environment, "build-params", BicepCli.InfraPath("main.bicepparam"), "--stdout");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, line => line.Contains("BOT_APP_ID", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_TemplateWithWarnings_ReportsThem()
    {
        // Proves the check above can fail: type problems are warnings with exit code 0.
        var directory = Directory.CreateTempSubdirectory("teamscrm-bicep-");
        try
        {
            var file = Path.Combine(directory.FullName, "broken.bicep");
            File.WriteAllText(file, """
                param unused string
                resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
                  name: 'x'
                  location: 'westeurope'
                  kind: 'StorageV2'
                  sku: { name: 'Standard_LRS' }
                  properties: { allowSharedKeyAccesss: false }
                }
                """);

            var result = BicepCli.Run("lint", file);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(result.Diagnostics, line => line.Contains("no-unused-params", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, line => line.Contains("Warning BCP", StringComparison.Ordinal));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
