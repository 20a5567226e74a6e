namespace TeamsCrm.Core.PeopleContext;

/// <summary>The default without a photo endpoint: no card links a photo.</summary>
public sealed class NoPersonPhotoLinks : IPersonPhotoLinks
{
    public static NoPersonPhotoLinks Instance { get; } = new();

    public Uri? PhotoUrl(string tenantId, string userId) => null;
}
