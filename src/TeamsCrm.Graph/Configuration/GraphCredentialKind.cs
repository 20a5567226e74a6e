namespace TeamsCrm.Graph.Configuration;

/// <summary>
/// How the app authenticates to Graph as itself (app-only): a client secret, a certificate, the Azure
/// resource's managed identity — or <see cref="None"/>: no Authorization header at all, allowed only in
/// Development with a loopback <see cref="GraphOptions.BaseUrl"/> (a local Graph stub).
/// </summary>
public enum GraphCredentialKind
{
    ClientSecret,
    Certificate,
    ManagedIdentity,
    None,
}
