namespace TeamsCrm.Core.PeopleContext;

/// <summary>A colleague's small profile photo (64×64) with its content type and an ETag derived from the bytes.</summary>
public sealed record PersonPhoto(ReadOnlyMemory<byte> Content, string ContentType, string ETag);
