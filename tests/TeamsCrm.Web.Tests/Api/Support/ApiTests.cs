namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>The API tests share one app and one loopback Entra (<see cref="ApiHost"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ApiTests : ICollectionFixture<ApiHost>
{
    public const string Name = "Api";
}
