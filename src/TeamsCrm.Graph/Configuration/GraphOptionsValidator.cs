using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;

namespace TeamsCrm.Graph.Configuration;

/// <summary>
/// The rules across <see cref="GraphOptions"/> fields: a GUID tenant; a client secret with a
/// client id, or a managed identity, never both; absolute https URLs — plain http only to a
/// loopback address and only in Development (the tests' Graph stub).
/// </summary>
public sealed class GraphOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Graph:TenantId must be the Entra tenant id (a GUID).");
        }

        if (!string.IsNullOrEmpty(options.ClientId) && !Guid.TryParse(options.ClientId, out _))
        {
            failures.Add("Graph:ClientId must be the application (client) id (a GUID).");
        }

        CheckCredential(options, failures);
        CheckDelegated(options, failures);
        CheckUrl(options.BaseUrl, "Graph:BaseUrl", failures);
        CheckUrl(options.AuthorityHost, "Graph:AuthorityHost", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void CheckCredential(GraphOptions options, List<string> failures)
    {
        var kind = options.EffectiveCredential;
        if (options.UseManagedIdentity && kind != GraphCredentialKind.ManagedIdentity)
        {
            failures.Add($"Graph:UseManagedIdentity contradicts Graph:Credential={kind}: choose one.");
        }

        if (kind != GraphCredentialKind.ClientSecret && !string.IsNullOrEmpty(options.ClientSecret))
        {
            failures.Add($"Graph:ClientSecret must not be set with Graph:Credential={kind}: choose one.");
        }

        switch (kind)
        {
            case GraphCredentialKind.ClientSecret:
                Require(options.ClientId, "Graph:ClientId is required with a client secret.", failures);
                Require(options.ClientSecret, "Graph:ClientSecret is required with Graph:Credential=ClientSecret (or choose Certificate or ManagedIdentity).", failures);
                break;
            case GraphCredentialKind.Certificate:
                Require(options.ClientId, "Graph:ClientId is required with a certificate.", failures);
                Require(options.CertificatePath, "Graph:CertificatePath is required with Graph:Credential=Certificate.", failures);
                break;
            case GraphCredentialKind.None when environment?.IsDevelopment() != true || options.BaseUrl is not { IsAbsoluteUri: true, IsLoopback: true }:
                failures.Add("Graph:Credential=None (no token) is allowed only in Development with a loopback Graph:BaseUrl (a local Graph stub).");
                break;
        }
    }

    private static void CheckDelegated(GraphOptions options, List<string> failures)
    {
        var delegated = options.Delegated;
        if (delegated is null || !delegated.Enabled)
        {
            return;
        }

        if (options.EffectiveCredential is GraphCredentialKind.ManagedIdentity)
        {
            failures.Add("Graph:Delegated:Enabled needs a confidential client to exchange the user's token (on-behalf-of): set Graph:Credential=ClientSecret or Certificate. A managed identity alone cannot do on-behalf-of.");
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(delegated, new ValidationContext(delegated), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"Graph:Delegated: {r.ErrorMessage}"));
        }
    }

    private static void Require(string? value, string message, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(message);
        }
    }

    private void CheckUrl(Uri? url, string key, List<string> failures)
    {
        if (url is null)
        {
            return; // [Required] reports it.
        }

        if (!url.IsAbsoluteUri || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            failures.Add($"{key} must be an absolute URL without query, fragment or credentials.");
        }
        else if (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)
        {
            if (environment?.IsDevelopment() != true)
            {
                failures.Add($"{key} may use http (to a loopback address) only in Development.");
            }
        }
        else if (url.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{key} must be an https URL.");
        }
    }
}
