namespace TeamsCrm.Core.PeopleContext;

/// <summary>Colleagues' profile photos, small and cached; null when there is none (or the directory cannot answer now).</summary>
public interface IPersonPhotoSource
{
    Task<PersonPhoto?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default);
}
