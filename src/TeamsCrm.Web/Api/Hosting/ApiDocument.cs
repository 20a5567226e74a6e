using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TeamsCrm.Web.Api.Hosting;

/// <summary>
/// The OpenAPI document of the REST API ("v1", ASP.NET Core's built-in generator): only the /api/v1 endpoints, its title
/// and how to authenticate — an Entra ID access token for the app as a bearer token on every request.
/// </summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public const string Name = "v1";
    public const string PathPrefix = "api/v1/";
    public const string SchemeName = "EntraBearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "TeamsCrm REST API",
            Version = Name,
            Description = "Accounts, contacts, deals, comments, interactions, tasks and handoffs of TeamsCrm. Authenticate with a Microsoft Entra ID "
                + "access token for the app (audience: its client id or Application ID URI). Changes need If-Match with the record's ETag. "
                + "Errors are RFC 9457 problem details in the language of Accept-Language (English or German). See docs/api.md.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A Microsoft Entra ID v2.0 access token issued to the caller's tenant for this app (Entra:ClientId or Entra:ApplicationIdUri).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
