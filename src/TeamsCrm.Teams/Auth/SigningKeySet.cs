using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Teams.Auth;

/// <summary>
/// The signing keys of one OpenID issuer, by key id, with each key's Bot Framework endorsements
/// (null when the key has no endorsement list).
/// </summary>
internal sealed class SigningKeySet(IReadOnlyDictionary<string, SecurityKey> keys, IReadOnlyDictionary<string, string[]?> endorsements)
{
    public IReadOnlyDictionary<string, SecurityKey> Keys { get; } = keys;

    public IReadOnlyDictionary<string, string[]?> Endorsements { get; } = endorsements;
}
