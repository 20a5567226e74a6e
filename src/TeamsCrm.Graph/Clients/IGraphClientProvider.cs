namespace TeamsCrm.Graph.Clients;

/// <summary>The Graph client that may read a tenant's directory, or null for a tenant this app does not serve.</summary>
public interface IGraphClientProvider
{
    GraphServiceClient? ForTenant(string tenantId);
}
