namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// Where a card may link a colleague's photo: an absolute, signed and expiring URL of the app's photo endpoint, or
/// null when the host serves no photos (cards then carry none).
/// </summary>
public interface IPersonPhotoLinks
{
    Uri? PhotoUrl(string tenantId, string userId);
}
